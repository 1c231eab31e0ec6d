using Harness.Protocol.Lwm2m.Content.Cbor;
using Harness.Protocol.Lwm2m.Values;

namespace Harness.Protocol.Lwm2m.Content.SenmlCbor;

/// <summary>
/// Content to records, naming as the OMA TS examples do: at the root every record names its full path
/// (composite payloads); one value at exactly the request path goes in bn alone; otherwise the first
/// record's bn is the request path with a trailing '/', and names are relative to it.
/// Integral floats within ±2^53 go out as integers, as the TS examples write them; a decoder types them
/// back to Float from the model.
/// </summary>
internal static class SenmlEncoding
{
    public static List<SenmlRecord> Records(Lwm2mContent content, Lwm2mPath request)
    {
        var leaves = ContentLeaves.Flatten(content, request);
        var records = new List<SenmlRecord>(leaves.Count);
        if (leaves.Count == 1 && leaves[0].Path == request && !request.IsRoot)
        {
            records.Add(WithValue(new SenmlRecord { BaseName = request.ToString() }, leaves[0].Value));
            return records;
        }

        var prefix = request.IsRoot ? string.Empty : request + "/";
        for (var i = 0; i < leaves.Count; i++)
        {
            var full = leaves[i].Path.ToString();
            var record = request.IsRoot
                ? new SenmlRecord { Name = full }
                : new SenmlRecord { Name = full[prefix.Length..], BaseName = i == 0 ? prefix : null };
            records.Add(WithValue(record, leaves[i].Value));
        }

        return records;
    }

    public static SenmlRecord WithValue(SenmlRecord record, Lwm2mValue value) => value switch
    {
        StringValue s => record with { StringValue = s.Value },
        CorelnkValue c => record with { StringValue = c.Value },
        BooleanValue b => record with { BooleanValue = b.Value },
        OpaqueValue o => record with { DataValue = o.Value },
        ObjlnkValue l => record with { ObjectLink = l.Value.ToString() },
        FloatValue f when CborNumbers.IsSafeInteger(f.Value) => record with { Value = WireValue.FromInteger((long)f.Value) },
        _ => record with { Value = WireValue.From(value) },
    };
}
