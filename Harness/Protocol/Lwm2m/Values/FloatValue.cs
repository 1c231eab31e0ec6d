using System.Globalization;

namespace Harness.Protocol.Lwm2m.Values;

/// <summary>
/// A floating-point value held as 64 bits. A device may send 32 bits; the value is the same number, so it
/// compares equal to the 64-bit decoding. Equality follows <see cref="double.Equals(double)"/>:
/// NaN equals NaN and 0.0 equals -0.0.
/// </summary>
public sealed record FloatValue : Lwm2mValue
{
    public FloatValue(double value) => Value = value;

    public double Value { get; }

    public override Lwm2mDataType DataType => Lwm2mDataType.Float;

    /// <summary>True when a 32-bit float holds this value exactly, so an encoder may send 4 bytes.</summary>
    public bool IsExactInSingle => double.IsNaN(Value) || (double)(float)Value == Value;

    public static FloatValue FromSingle(float value) => new(value);

    public override string ToString() => $"Float({Value.ToString("R", CultureInfo.InvariantCulture)})";
}
