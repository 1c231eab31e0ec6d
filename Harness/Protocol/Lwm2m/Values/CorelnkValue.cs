namespace Harness.Protocol.Lwm2m.Values;

/// <summary>A CoRE link format value, kept as text; parsing the links is the link-format codec's job.</summary>
public sealed record CorelnkValue : Lwm2mValue
{
    public CorelnkValue(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        Value = value;
    }

    public string Value { get; }

    public override Lwm2mDataType DataType => Lwm2mDataType.Corelnk;

    public override string ToString() => $"Corelnk({ValueText.Quote(Value)})";
}
