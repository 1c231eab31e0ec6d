using System.Formats.Cbor;

namespace Harness.Protocol.Lwm2m.Content.Cbor;

/// <summary>
/// Number encodings our encoders choose: integers in their shortest form and floats in the narrowest
/// width that holds the value exactly (RFC 8949 §4.2.2 preferred serialization).
/// </summary>
internal static class CborNumbers
{
    public static void WriteFloat(CborWriter writer, double value)
    {
        if (double.IsNaN(value) || (double)(Half)value == value)
        {
            writer.WriteHalf((Half)value);
        }
        else if ((double)(float)value == value)
        {
            writer.WriteSingle((float)value);
        }
        else
        {
            writer.WriteDouble(value);
        }
    }

    /// <summary>Integral doubles within ±2^53 as integers (exactly representable), others as floats.</summary>
    public static void WriteNumber(CborWriter writer, double value)
    {
        if (IsSafeInteger(value))
        {
            writer.WriteInt64((long)value);
        }
        else
        {
            WriteFloat(writer, value);
        }
    }

    public static void Write(CborWriter writer, WireValue value)
    {
        switch (value.Kind)
        {
            case WireValueKind.Integer:
                writer.WriteInt64(value.Integer);
                break;
            case WireValueKind.UnsignedInteger:
                writer.WriteUInt64(value.Unsigned);
                break;
            case WireValueKind.Float:
                WriteFloat(writer, value.Float);
                break;
            case WireValueKind.Boolean:
                writer.WriteBoolean(value.Boolean);
                break;
            case WireValueKind.Bytes:
                writer.WriteByteString(value.Bytes.Span);
                break;
            default:
                writer.WriteTextString(value.Text);
                break;
        }
    }

    public static bool IsSafeInteger(double value) =>
        double.IsFinite(value) && value == Math.Floor(value) && Math.Abs(value) <= (1L << 53) && !(value == 0 && double.IsNegative(value));
}
