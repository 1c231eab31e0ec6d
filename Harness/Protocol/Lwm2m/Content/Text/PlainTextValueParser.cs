using System.Globalization;
using Harness.Protocol.Lwm2m.Values;

namespace Harness.Protocol.Lwm2m.Content.Text;

/// <summary>
/// Text of a value to the value, by data type (LwM2M Core Appendix C, text column): decimal integers with an
/// optional minus sign, decimal floats (an exponent is accepted), Boolean "0" or "1", Time as integer
/// seconds, Objlnk as "objectId:instanceId", Opaque as padded base64. No spaces, no plus signs, no NaN.
/// Returns null and the violated rule when the text does not fit the type.
/// </summary>
internal static class PlainTextValueParser
{
    public static Lwm2mValue? Parse(Lwm2mDataType type, string text, out string? rule)
    {
        rule = null;
        switch (type)
        {
            case Lwm2mDataType.Integer or Lwm2mDataType.Time:
                if (IsSignedDigits(text) && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long integer))
                {
                    return type == Lwm2mDataType.Time ? Lwm2mValue.Time(integer) : Lwm2mValue.Integer(integer);
                }

                return Fail(TextRuleIds.TextInteger, out rule);
            case Lwm2mDataType.UnsignedInteger:
                return IsDigits(text) && ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out ulong unsigned)
                    ? Lwm2mValue.UnsignedInteger(unsigned)
                    : Fail(TextRuleIds.TextUnsignedInteger, out rule);
            case Lwm2mDataType.Float:
                return IsDecimal(text) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double number) && double.IsFinite(number)
                    ? Lwm2mValue.Float(number)
                    : Fail(TextRuleIds.TextFloat, out rule);
            case Lwm2mDataType.Boolean:
                return text switch
                {
                    "0" => Lwm2mValue.Boolean(false),
                    "1" => Lwm2mValue.Boolean(true),
                    _ => Fail(TextRuleIds.TextBoolean, out rule),
                };
            case Lwm2mDataType.Opaque:
                return IsBase64(text) ? Lwm2mValue.Opaque(Convert.FromBase64String(text)) : Fail(TextRuleIds.TextBase64, out rule);
            case Lwm2mDataType.Objlnk:
                return TryParseLink(text, out var link) ? Lwm2mValue.Objlnk(link) : Fail(TextRuleIds.TextObjlnk, out rule);
            case Lwm2mDataType.Corelnk:
                return Lwm2mValue.Corelnk(text);
            default:
                return Lwm2mValue.String(text);
        }
    }

    /// <summary>What the text of <paramref name="type"/> looks like, for messages.</summary>
    public static string Expected(Lwm2mDataType type) => type switch
    {
        Lwm2mDataType.Integer => "a decimal integer such as -750",
        Lwm2mDataType.Time => "integer seconds since 1970 such as 1476186613",
        Lwm2mDataType.UnsignedInteger => "a decimal unsigned integer such as 18",
        Lwm2mDataType.Float => "a decimal number such as 0.00000000006667",
        Lwm2mDataType.Boolean => "0 or 1",
        Lwm2mDataType.Opaque => "padded base64 such as AQIDBAU=",
        _ => "objectId:instanceId with 16-bit ids, such as 3:0",
    };

    private static Lwm2mValue? Fail(string failed, out string? rule)
    {
        rule = failed;
        return null;
    }

    private static bool IsDigits(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return false;
        }

        foreach (char c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsSignedDigits(string text) => IsDigits(text.StartsWith('-') ? text.AsSpan(1) : text);

    /// <summary>-?digits(.digits)?([eE][+-]?digits)?</summary>
    private static bool IsDecimal(string text)
    {
        var rest = text.StartsWith('-') ? text.AsSpan(1) : text.AsSpan();
        int exponent = rest.IndexOfAny('e', 'E');
        var mantissa = exponent < 0 ? rest : rest[..exponent];
        int point = mantissa.IndexOf('.');
        bool mantissaOk = point < 0 ? IsDigits(mantissa) : IsDigits(mantissa[..point]) && IsDigits(mantissa[(point + 1)..]);
        if (!mantissaOk || exponent < 0)
        {
            return mantissaOk;
        }

        var power = rest[(exponent + 1)..];
        return IsDigits(power.Length > 0 && power[0] is '+' or '-' ? power[1..] : power);
    }

    private static bool IsBase64(string text)
    {
        if (text.Length % 4 != 0)
        {
            return false;
        }

        int padding = text.EndsWith("==", StringComparison.Ordinal) ? 2 : text.EndsWith('=') ? 1 : 0;
        for (int i = 0; i < text.Length - padding; i++)
        {
            char c = text[i];
            if (!(char.IsAsciiLetterOrDigit(c) || c is '+' or '/'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Two decimal 16-bit ids around a colon; leading zeros are tolerated, a lone 65535 is not.</summary>
    private static bool TryParseLink(string text, out ObjectLink link)
    {
        link = default;
        int colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0
            || !TryParseId(text.AsSpan(0, colon), out int objectId)
            || !TryParseId(text.AsSpan(colon + 1), out int instanceId))
        {
            return false;
        }

        link = new ObjectLink(objectId, instanceId);
        return link.IsWellFormed;
    }

    private static bool TryParseId(ReadOnlySpan<char> text, out int id)
    {
        id = 0;
        return text.Length <= 5 && IsDigits(text) && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out id) && id <= Lwm2mId.Reserved;
    }
}
