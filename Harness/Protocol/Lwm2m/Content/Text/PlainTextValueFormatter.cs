using System.Globalization;
using System.Text;
using Harness.Protocol.Lwm2m.Values;

namespace Harness.Protocol.Lwm2m.Content.Text;

/// <summary>
/// A value to its text (LwM2M Core Appendix C, text column). Floats use the shortest decimal that reads
/// back to the same 64-bit number, written out without an exponent as the specification's example does
/// ("0.00000000006667").
/// </summary>
internal static class PlainTextValueFormatter
{
    public static string Format(Lwm2mValue value) => value switch
    {
        StringValue text => text.Value,
        CorelnkValue link => link.Value,
        IntegerValue integer => integer.Value.ToString(CultureInfo.InvariantCulture),
        TimeValue time => time.Value.ToString(CultureInfo.InvariantCulture),
        UnsignedIntegerValue unsigned => unsigned.Value.ToString(CultureInfo.InvariantCulture),
        FloatValue number => FormatFloat(number.Value),
        BooleanValue boolean => boolean.Value ? "1" : "0",
        OpaqueValue opaque => Convert.ToBase64String(opaque.Value.Span),
        ObjlnkValue link => link.Value.ToString(),
        _ => throw new ArgumentException($"No text form for {value}", nameof(value)),
    };

    /// <summary>Positional decimal notation of the shortest round-trip digits.</summary>
    public static string FormatFloat(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentException($"Float {value} has no text form", nameof(value));
        }

        string shortest = value.ToString("R", CultureInfo.InvariantCulture);
        int e = shortest.IndexOf('E', StringComparison.Ordinal);
        if (e < 0)
        {
            return shortest;
        }

        int exponent = int.Parse(shortest.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var mantissa = shortest.AsSpan(0, e);
        bool negative = mantissa.StartsWith("-");
        if (negative)
        {
            mantissa = mantissa[1..];
        }

        int point = mantissa.IndexOf('.');
        string digits = point < 0 ? mantissa.ToString() : string.Concat(mantissa[..point], mantissa[(point + 1)..]);
        int integerDigits = (point < 0 ? mantissa.Length : point) + exponent;
        var text = new StringBuilder(digits.Length + Math.Abs(exponent) + 3);
        text.Append(negative ? "-" : string.Empty);
        if (integerDigits <= 0)
        {
            text.Append("0.").Append('0', -integerDigits).Append(digits);
        }
        else if (integerDigits >= digits.Length)
        {
            text.Append(digits).Append('0', integerDigits - digits.Length);
        }
        else
        {
            text.Append(digits, 0, integerDigits).Append('.').Append(digits, integerDigits, digits.Length - integerDigits);
        }

        return text.ToString();
    }
}
