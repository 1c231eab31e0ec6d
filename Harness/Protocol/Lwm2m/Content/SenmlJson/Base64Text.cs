namespace Harness.Protocol.Lwm2m.Content.SenmlJson;

/// <summary>
/// Base64 of RFC 4648 with the strictness a judge needs: the standard alphabet (§4, OMA JSON) or the URL
/// and filename safe one (§5, SenML "vd"), no whitespace, padding only at the end and only to a multiple
/// of four. Reports where the text stops being base64 and whether it was padded.
/// </summary>
internal static class Base64Text
{
    public static string Encode(ReadOnlySpan<byte> bytes, bool urlSafe)
    {
        string text = Convert.ToBase64String(bytes);
        return urlSafe ? text.TrimEnd('=').Replace('+', '-').Replace('/', '_') : text;
    }

    /// <summary>Decodes; on failure <paramref name="invalidAt"/> is the character index where the text goes wrong.</summary>
    public static bool TryDecode(string text, bool urlSafe, out byte[] bytes, out int invalidAt, out bool padded)
    {
        bytes = [];
        padded = false;
        int end = text.Length;
        while (end > 0 && text[end - 1] == '=' && text.Length - end < 2)
        {
            end--;
        }

        padded = end < text.Length;
        for (int i = 0; i < end; i++)
        {
            if (Sextet(text[i], urlSafe) < 0)
            {
                invalidAt = i;
                return false;
            }
        }

        if (end % 4 == 1 || (padded && text.Length % 4 != 0))
        {
            invalidAt = end;
            return false;
        }

        bytes = new byte[end * 3 / 4];
        int bits = 0, accumulated = 0, written = 0;
        for (int i = 0; i < end; i++)
        {
            accumulated = (accumulated << 6) | Sextet(text[i], urlSafe);
            bits += 6;
            if (bits >= 8)
            {
                bits -= 8;
                bytes[written++] = (byte)(accumulated >> bits);
                accumulated &= (1 << bits) - 1;
            }
        }

        invalidAt = -1;
        return true;
    }

    private static int Sextet(char c, bool urlSafe) => c switch
    {
        >= 'A' and <= 'Z' => c - 'A',
        >= 'a' and <= 'z' => c - 'a' + 26,
        >= '0' and <= '9' => c - '0' + 52,
        '-' when urlSafe => 62,
        '_' when urlSafe => 63,
        '+' when !urlSafe => 62,
        '/' when !urlSafe => 63,
        _ => -1,
    };
}
