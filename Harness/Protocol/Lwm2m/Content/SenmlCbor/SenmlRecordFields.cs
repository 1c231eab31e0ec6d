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
