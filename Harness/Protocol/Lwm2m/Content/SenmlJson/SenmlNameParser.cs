namespace Harness.Protocol.Lwm2m.Content.SenmlJson;

/// <summary>
/// Resolves a record's name (base name + name, RFC 8428 §4.6) into an LwM2M path: "/" then up to four
/// decimal ids without leading zeros, each 0..65534. Works on the two parts without joining them.
/// </summary>
internal static class SenmlNameParser
{
    /// <summary>The longest path text: "/65534/65534/65534/65534".</summary>
    private const int MaxPathLength = 24;

    public static bool TryResolve(string? baseName, string? name, out Lwm2mPath path, out string problem)
    {
        path = Lwm2mPath.Root;
        var first = (baseName ?? string.Empty).AsSpan();
        var second = (name ?? string.Empty).AsSpan();
        int length = first.Length + second.Length;
        if (length == 0)
        {
            problem = "has no name (neither a base name nor a name)";
            return false;
        }

        if (length > MaxPathLength)
        {
            problem = $"names \"{Shown(baseName, name)}\", which is too long to be an LwM2M path";
            return false;
        }

        Span<char> text = stackalloc char[MaxPathLength];
        first.CopyTo(text);
        second.CopyTo(text[first.Length..]);
        return TryParse(text[..length], out path, out problem);
    }

    /// <summary>
    /// The path a base name ending in '/' stands for ("/3/0/" gives /3/0, "/" the root), so names after it
    /// resolve without parsing the base again. False for any other base name.
    /// </summary>
    public static bool TryParsePrefix(string? baseName, out Lwm2mPath prefix)
    {
        prefix = Lwm2mPath.Root;
        if (baseName is null || baseName.Length == 0 || baseName[^1] != '/')
        {
            return false;
        }

        return baseName.Length == 1 || (TryParse(baseName.AsSpan(0, baseName.Length - 1), out prefix, out _) && prefix.Length < 4);
    }

    /// <summary>
    /// Fast path for a name below a parsed base name: true only when <paramref name="name"/> is one or more
    /// ids that fit under <paramref name="prefix"/>, giving what <see cref="TryResolve"/> would. Anything
    /// else returns false and is left to <see cref="TryResolve"/>, which words the problem.
    /// </summary>
    public static bool TryAppend(Lwm2mPath prefix, string? name, out Lwm2mPath path)
    {
        path = prefix;
        if (string.IsNullOrEmpty(name))
        {
            return false;
        }

        int start = 0;
        while (start <= name.Length)
        {
            int length = name.AsSpan(start).IndexOf('/');
            var segment = length < 0 ? name.AsSpan(start) : name.AsSpan(start, length);
            if (path.Length == 4 || !TryParseId(segment, out int id, out _))
            {
                return false;
            }

            path = path.Child(id);
            if (length < 0)
            {
                return true;
            }

            start += length + 1;
        }

        return false;
    }

    private static bool TryParse(ReadOnlySpan<char> text, out Lwm2mPath path, out string problem)
    {
        path = Lwm2mPath.Root;
        if (text[0] != '/')
        {
            problem = $"names \"{text}\", which is not an LwM2M path (no leading '/')";
            return false;
        }

        Span<int> ids = stackalloc int[4];
        int count = 0;
        int start = 1;
        while (start < text.Length || (count > 0 && start == text.Length))
        {
            int length = text[start..].IndexOf('/');
            var segment = length < 0 ? text[start..] : text.Slice(start, length);
            if (count == ids.Length)
            {
                problem = $"names \"{text}\", which has more than four ids";
                return false;
            }

            if (!TryParseId(segment, out ids[count], out string fault))
            {
                problem = $"names \"{text}\", which is not an LwM2M path ({fault})";
                return false;
            }

            count++;
            if (length < 0)
            {
                break;
            }

            start += length + 1;
        }

        path = Lwm2mPath.FromIds(ids[..count]);
        problem = string.Empty;
        return true;
    }

    private static bool TryParseId(ReadOnlySpan<char> segment, out int id, out string fault)
    {
        id = 0;
        if (segment.IsEmpty)
        {
            fault = "an empty id";
            return false;
        }

        int value = 0;
        foreach (char c in segment)
        {
            if (!char.IsAsciiDigit(c))
            {
                fault = $"'{c}' in an id";
                return false;
            }

            // Stop accumulating past 16 bits: the id is out of range whatever follows.
            value = Math.Min((value * 10) + (c - '0'), Lwm2mId.Reserved + 1);
        }

        if (segment.Length > 1 && segment[0] == '0')
        {
            fault = "an id with a leading zero";
            return false;
        }

        id = value;
        fault = id > Lwm2mId.Max ? "an id above 65534" : string.Empty;
        return id <= Lwm2mId.Max;
    }

    private static string Shown(string? baseName, string? name)
    {
        string joined = (baseName ?? string.Empty) + (name ?? string.Empty);
        return joined.Length <= 40 ? joined : string.Concat(joined.AsSpan(0, 40), "…");
    }
}
