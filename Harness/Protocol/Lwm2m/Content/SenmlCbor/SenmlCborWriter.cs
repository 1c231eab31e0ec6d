using System.Formats.Cbor;
using Harness.Protocol.Lwm2m.Content.Cbor;

namespace Harness.Protocol.Lwm2m.Content.SenmlCbor;

/// <summary>
/// Records to bytes: definite lengths, integer labels (RFC 8428 §6), base fields first (bn, bt, bu, bv,
/// bs, bver), then n, u, the value field, s, t, ut; the order the OMA TS examples print.
/// </summary>
public static class SenmlCborWriter
{
    public static byte[] Write(IReadOnlyList<SenmlRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var writer = new CborWriter(CborConformanceMode.Lax);
        writer.WriteStartArray(records.Count);
        foreach (var record in records)
        {
            WriteRecord(writer, record);
        }

        writer.WriteEndArray();
        return writer.Encode();
    }

    private static void WriteRecord(CborWriter writer, SenmlRecord r)
    {
        var fields = Count(r.BaseNameUtf8.HasValue, r.BaseTime.HasValue, r.BaseUnit is not null, r.BaseValue.HasValue, r.BaseSum.HasValue,
            r.BaseVersion.HasValue, r.NameUtf8.HasValue, r.Unit is not null, r.Value.HasValue, r.StringValue is not null,
            r.BooleanValue.HasValue, r.DataValue.HasValue, r.ObjectLink is not null, r.Sum.HasValue, r.Time.HasValue, r.UpdateTime.HasValue);
        writer.WriteStartMap(fields);
        Text(writer, SenmlLabels.BaseName, r.BaseNameUtf8);
        Number(writer, SenmlLabels.BaseTime, r.BaseTime);
        Text(writer, SenmlLabels.BaseUnit, r.BaseUnit);
        Number(writer, SenmlLabels.BaseValue, r.BaseValue);
        Number(writer, SenmlLabels.BaseSum, r.BaseSum);
        if (r.BaseVersion is { } version)
        {
            writer.WriteInt32(SenmlLabels.BaseVersion);
            writer.WriteInt64(version);
        }

        Text(writer, SenmlLabels.Name, r.NameUtf8);
        Text(writer, SenmlLabels.Unit, r.Unit);
        if (r.Value is { } value)
        {
            writer.WriteInt32(SenmlLabels.Value);
            CborNumbers.Write(writer, value);
        }

        Text(writer, SenmlLabels.StringValue, r.StringValue);
        if (r.BooleanValue is { } boolean)
        {
            writer.WriteInt32(SenmlLabels.BooleanValue);
            writer.WriteBoolean(boolean);
        }

        if (r.DataValue is { } data)
        {
            writer.WriteInt32(SenmlLabels.DataValue);
            writer.WriteByteString(data.Span);
        }

        if (r.ObjectLink is { } link)
        {
            writer.WriteTextString(SenmlLabels.ObjectLink);
            writer.WriteTextString(link);
        }

        Number(writer, SenmlLabels.Sum, r.Sum);
        Number(writer, SenmlLabels.Time, r.Time);
        Number(writer, SenmlLabels.UpdateTime, r.UpdateTime);
        writer.WriteEndMap();
    }

    private static int Count(params ReadOnlySpan<bool> present)
    {
        var count = 0;
        foreach (var p in present)
        {
            count += p ? 1 : 0;
        }

        return count;
    }

    private static void Text(CborWriter writer, int label, ReadOnlyMemory<byte>? utf8)
    {
        if (utf8 is { } bytes)
        {
            writer.WriteInt32(label);
            writer.WriteTextString(System.Text.Encoding.UTF8.GetString(bytes.Span));
        }
    }

    private static void Text(CborWriter writer, int label, string? text)
    {
        if (text is not null)
        {
            writer.WriteInt32(label);
            writer.WriteTextString(text);
        }
    }

    private static void Number(CborWriter writer, int label, double? number)
    {
        if (number is { } n)
        {
            writer.WriteInt32(label);
            CborNumbers.WriteNumber(writer, n);
        }
    }
}
