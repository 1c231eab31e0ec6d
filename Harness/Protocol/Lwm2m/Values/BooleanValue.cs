namespace Harness.Protocol.Lwm2m.Values;

/// <summary>A boolean value.</summary>
public sealed record BooleanValue : Lwm2mValue
{
    public BooleanValue(bool value) => Value = value;

    public bool Value { get; }

    public override Lwm2mDataType DataType => Lwm2mDataType.Boolean;

    public override string ToString() => Value ? "Boolean(true)" : "Boolean(false)";
}
