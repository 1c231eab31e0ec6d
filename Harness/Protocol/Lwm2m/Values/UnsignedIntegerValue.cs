using System.Globalization;

namespace Harness.Protocol.Lwm2m.Values;

/// <summary>An unsigned integer value (up to 64 bits).</summary>
public sealed record UnsignedIntegerValue : Lwm2mValue
{
    public UnsignedIntegerValue(ulong value) => Value = value;

    public ulong Value { get; }

    public override Lwm2mDataType DataType => Lwm2mDataType.UnsignedInteger;

    public override string ToString() => $"UnsignedInteger({Value.ToString(CultureInfo.InvariantCulture)})";
}
