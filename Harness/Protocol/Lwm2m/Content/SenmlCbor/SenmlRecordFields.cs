using Harness.Protocol.Lwm2m.Content.Cbor;

namespace Harness.Protocol.Lwm2m.Content.SenmlCbor;

/// <summary>The fields of a record while its map is read: set one by one, then frozen into a <see cref="SenmlRecord"/>.</summary>
internal struct SenmlRecordFields
{
    public ReadOnlyMemory<byte>? BaseName;
    public ReadOnlyMemory<byte>? Name;
    public string? BaseUnit;
    public string? Unit;
    public long? BaseVersion;
    public double? BaseTime;
    public double? Time;
    public double? UpdateTime;
    public double? BaseValue;
    public double? BaseSum;
    public double? Sum;
    public WireValue? Value;
    public string? StringValue;
    public bool? BooleanValue;
    public ReadOnlyMemory<byte>? DataValue;
    public string? ObjectLink;

    /// <summary>How many of v, vs, vb, vd and vlo are present; SenML allows at most one.</summary>
    public readonly int ValueFieldCount =>
        (Value.HasValue ? 1 : 0) + (StringValue is null ? 0 : 1) + (BooleanValue.HasValue ? 1 : 0)
        + (DataValue.HasValue ? 1 : 0) + (ObjectLink is null ? 0 : 1);

    /// <summary>The first value field present, in label order, as a wire value.</summary>
    public readonly WireValue? FieldValue =>
        Value ?? (StringValue is { } s ? WireValue.FromText(s)
            : BooleanValue is { } b ? WireValue.FromBoolean(b)
            : DataValue is { } d ? WireValue.FromBytes(d.ToArray())
            : ObjectLink is { } l ? WireValue.FromObjectLinkText(l)
            : null);

    public static SenmlRecordFields From(SenmlRecord record) => new()
    {
        BaseName = record.BaseNameUtf8,
        Name = record.NameUtf8,
        BaseUnit = record.BaseUnit,
        Unit = record.Unit,
        BaseVersion = record.BaseVersion,
        BaseTime = record.BaseTime,
        Time = record.Time,
        UpdateTime = record.UpdateTime,
        BaseValue = record.BaseValue,
        BaseSum = record.BaseSum,
        Sum = record.Sum,
        Value = record.Value,
        StringValue = record.StringValue,
        BooleanValue = record.BooleanValue,
        DataValue = record.DataValue,
        ObjectLink = record.ObjectLink,
    };

    public readonly SenmlRecord ToRecord(int offset) => new()
    {
        Offset = offset,
        BaseNameUtf8 = BaseName,
        NameUtf8 = Name,
        BaseUnit = BaseUnit,
        Unit = Unit,
        BaseVersion = BaseVersion,
        BaseTime = BaseTime,
        Time = Time,
        UpdateTime = UpdateTime,
        BaseValue = BaseValue,
        BaseSum = BaseSum,
        Sum = Sum,
        Value = Value,
        StringValue = StringValue,
        BooleanValue = BooleanValue,
        DataValue = DataValue,
        ObjectLink = ObjectLink,
    };
}
