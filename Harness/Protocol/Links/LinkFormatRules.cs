namespace Harness.Protocol.Links;

/// <summary>Character classes and clause names of the link-format grammar (RFC 6690 §2 and the RFCs it imports).</summary>
internal static class LinkFormatRules
{
    public const string Abnf = "RFC 6690 §2";
    public const string UriReference = "RFC 6690 §2; RFC 3986 §4.1";
    public const string PercentEncoding = "RFC 3986 §2.1";
    public const string ParmName = "RFC 6690 §2; RFC 5987 §3.2.1";
    public const string QuotedString = "RFC 6690 §2; RFC 2616 §2.2";
    public const string ExtValue = "RFC 6690 §2; RFC 5987 §3.2.1";
    public const string ContentType = "RFC 7252 §7.2.1";

    /// <summary>attr-char of RFC 5987: ALPHA / DIGIT / "!#$&amp;+-.^_`|~".</summary>
    public static bool IsAttrChar(byte b) => IsAlphaNumeric(b) || b is (byte)'!' or (byte)'#' or (byte)'$' or (byte)'&' or (byte)'+' or (byte)'-' or (byte)'.' or (byte)'^' or (byte)'_' or (byte)'`' or (byte)'|' or (byte)'~';

    /// <summary>ptokenchar of RFC 6690 §2: visible ASCII except '"', ',', ';' and '\'.</summary>
    public static bool IsPtokenChar(byte b) => b is > 0x20 and < 0x7F && b is not ((byte)'"' or (byte)',' or (byte)';' or (byte)'\\');

    /// <summary>Characters of a URI-Reference other than '%' (RFC 3986 §2: unreserved, reserved).</summary>
    public static bool IsUriChar(byte b) => IsAlphaNumeric(b) || "-._~:/?#[]@!$&'()*+,;=".Contains((char)b, StringComparison.Ordinal);

    public static bool IsWhitespace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n';

    public static bool IsHexDigit(byte b) => b is >= (byte)'0' and <= (byte)'9' or >= (byte)'a' and <= (byte)'f' or >= (byte)'A' and <= (byte)'F';

    public static bool IsDigit(byte b) => b is >= (byte)'0' and <= (byte)'9';

    /// <summary>cardinal = "0" / %x31-39 *DIGIT (RFC 6690 §2).</summary>
    public static bool IsCardinal(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || (text[0] == '0' && text.Length > 1))
        {
            return false;
        }

        foreach (char c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>ext-value = charset "'" [ language ] "'" value-chars (RFC 5987 §3.2.1).</summary>
    public static bool IsExtValue(string value)
    {
        int first = value.IndexOf('\'', StringComparison.Ordinal);
        int second = first < 0 ? -1 : value.IndexOf('\'', first + 1);
        if (first <= 0 || second < 0)
        {
            return false;
        }

        var charset = value.AsSpan(0, first);
        var chars = value.AsSpan(second + 1);
        foreach (char c in charset)
        {
            if (c > 0x7F || !IsAttrChar((byte)c))
            {
                return false;
            }
        }

        for (int i = 0; i < chars.Length; i++)
        {
            bool pct = chars[i] == '%' && i + 2 < chars.Length && IsHexDigit((byte)chars[i + 1]) && IsHexDigit((byte)chars[i + 2]);
            if (pct)
            {
                i += 2;
            }
            else if (chars[i] > 0x7F || !IsAttrChar((byte)chars[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAlphaNumeric(byte b) => b is >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z' or >= (byte)'0' and <= (byte)'9';
}
