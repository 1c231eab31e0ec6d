using System.Text;
using Harness.Protocol.Lwm2m.Content.Cbor;

namespace Harness.Protocol.Lwm2m.Content.SenmlCbor;

/// <summary>
/// One SenML record as the pack carries it, before base fields are resolved (RFC 8428 §4). Names stay UTF-8
/// slices of the payload so decoding allocates no strings for them. <see cref="Offset"/> is the byte where
/// the record's map starts; equality compares the fields, not the offset.
/// </summary>
public readonly record struct SenmlRecord
{
    public int Offset { get; init; }

    public ReadOnlyMemory<byte>? BaseNameUtf8 { get; init; }

    public ReadOnlyMemory<byte>? NameUtf8 { get; init; }

    public string? BaseName
    {
        get => BaseNameUtf8 is { } utf8 ? Encoding.UTF8.GetString(utf8.Span) : null;
        init => BaseNameUtf8 = Utf8(value);
    }

    public string? Name
    {
        get => NameUtf8 is { } utf8 ? Encoding.UTF8.GetString(utf8.Span) : null;
        init => NameUtf8 = Utf8(value);
    }

    public string? BaseUnit { get; init; }

    public string? Unit { get; init; }

    public long? BaseVersion { get; init; }

    public double? BaseTime { get; init; }

    public double? Time { get; init; }

    public double? UpdateTime { get; init; }

    public double? BaseValue { get; init; }

    public double? BaseSum { get; init; }

    public double? Sum { get; init; }

    /// <summary>The numeric value "v": an integer or a float as the wire wrote it.</summary>
    public WireValue? Value { get; init; }

    public string? StringValue { get; init; }

    public bool? BooleanValue { get; init; }

    public ReadOnlyMemory<byte>? DataValue { get; init; }

    /// <summary>LwM2M's "vlo": "objectId:instanceId".</summary>
    public string? ObjectLink { get; init; }

    /// <summary>How many of v, vs, vb, vd and vlo the record holds; SenML allows at most one.</summary>
    public int ValueFieldCount => SenmlRecordFields.From(this).ValueFieldCount;

    /// <summary>The first value field present, in label order, as a wire value; null when there is none.</summary>
    public WireValue? FieldValue => SenmlRecordFields.From(this).FieldValue;

    public bool Equals(SenmlRecord other) =>
        Same(BaseNameUtf8, other.BaseNameUtf8) && Same(NameUtf8, other.NameUtf8) && BaseUnit == other.BaseUnit && Unit == other.Unit
        && BaseVersion == other.BaseVersion && BaseTime == other.BaseTime && Time == other.Time && UpdateTime == other.UpdateTime
        && BaseValue == other.BaseValue && BaseSum == other.BaseSum && Sum == other.Sum && Value == other.Value
        && StringValue == other.StringValue && BooleanValue == other.BooleanValue && Same(DataValue, other.DataValue)
        && ObjectLink == other.ObjectLink;

    public override int GetHashCode() => HashCode.Combine(Name, StringValue, Value, Time);

    // A plain conditional would turn null into empty memory through the array conversion.
    private static ReadOnlyMemory<byte>? Utf8(string? text) => text is null ? default(ReadOnlyMemory<byte>?) : Encoding.UTF8.GetBytes(text);

    private static bool Same(ReadOnlyMemory<byte>? left, ReadOnlyMemory<byte>? right) =>
        left.HasValue == right.HasValue && (!left.HasValue || left.Value.Span.SequenceEqual(right!.Value.Span));
}
