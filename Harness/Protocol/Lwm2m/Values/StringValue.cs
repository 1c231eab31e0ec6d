namespace Harness.Protocol.Lwm2m.Values;

/// <summary>A UTF-8 string value.</summary>
public sealed record StringValue : Lwm2mValue
{
    public StringValue(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        Value = value;
    }

    public string Value { get; }

    public override Lwm2mDataType DataType => Lwm2mDataType.String;

    public override string ToString() => $"String({ValueText.Quote(Value)})";
}
