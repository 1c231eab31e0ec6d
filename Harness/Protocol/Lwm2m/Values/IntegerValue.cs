using System.Globalization;

namespace Harness.Protocol.Lwm2m.Values;

/// <summary>A signed integer value (up to 64 bits).</summary>
public sealed record IntegerValue : Lwm2mValue
{
    public IntegerValue(long value) => Value = value;

    public long Value { get; }

    public override Lwm2mDataType DataType => Lwm2mDataType.Integer;

    public override string ToString() => $"Integer({Value.ToString(CultureInfo.InvariantCulture)})";
}
