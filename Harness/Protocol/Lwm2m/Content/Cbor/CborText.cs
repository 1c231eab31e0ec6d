using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace Harness.Protocol.Lwm2m.Content.Cbor;

/// <summary>UTF-8 checks and quoting for diagnostics (RFC 8949 §8 text strings use JSON escapes).</summary>
internal static class CborText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static bool TryDecode(ReadOnlySpan<byte> utf8, out string text)
    {
        if (!Utf8.IsValid(utf8))
        {
            text = string.Empty;
            return false;
        }

        text = StrictUtf8.GetString(utf8);
        return true;
    }

    public static string Quote(string value)
    {
        var text = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            _ = c switch
            {
                '"' => text.Append("\\\""),
                '\\' => text.Append("\\\\"),
                '\n' => text.Append("\\n"),
                '\r' => text.Append("\\r"),
                '\t' => text.Append("\\t"),
                _ when char.IsControl(c) => text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)),
                _ => text.Append(c),
            };
        }

        return text.Append('"').ToString();
    }
}
