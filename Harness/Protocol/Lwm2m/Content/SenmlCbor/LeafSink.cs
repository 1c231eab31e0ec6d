using Harness.Protocol.Lwm2m.Content.Cbor;

namespace Harness.Protocol.Lwm2m.Content.SenmlCbor;

/// <summary>
/// Keeps resolved records the way content decoding needs them: values as leaves for the meaning tier, records
/// without a value apart (each a finding, reported once the syntax tier is done).
/// </summary>
internal struct LeafSink(List<WireLeaf> leaves, DecodeErrors errors) : ISenmlRecordSink
{
    private SenmlRecordResolver _resolver = new(errors);

    public readonly List<WireLeaf> Leaves => leaves;

    /// <summary>Paths and offsets of records without a value; null when there are none.</summary>
    public List<(Lwm2mPath Path, int Offset)>? Valueless { get; private set; }

    public readonly void Reserve(int records) => leaves.EnsureCapacity(records);

    public void Add(in SenmlRecordFields fields, int offset)
    {
        if (!_resolver.TryResolve(in fields, offset, out var path, out var value))
        {
            return;
        }

        if (value is { } v)
        {
            leaves.Add(new WireLeaf(path, v, offset));
        }
        else
        {
            (Valueless ??= []).Add((path, offset));
        }
    }
}
