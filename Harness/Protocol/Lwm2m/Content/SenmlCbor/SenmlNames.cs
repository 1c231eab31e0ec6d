namespace Harness.Protocol.Lwm2m.Content.SenmlCbor;

/// <summary>
/// Name resolution without allocating: bn and n are joined in a stack buffer and read as an LwM2M path.
/// The longest path, "/65534/65534/65534/65534", has 24 characters, so longer names are never paths.
/// </summary>
internal static class SenmlNames
{
    private const int LongestPath = 24;

    public static bool TryParsePath(ReadOnlySpan<byte> baseName, ReadOnlySpan<byte> name, out Lwm2mPath path)
    {
        path = Lwm2mPath.Root;
        var length = baseName.Length + name.Length;
        if (length is 0 or > LongestPath)
        {
            return false;
        }

        Span<byte> joined = stackalloc byte[LongestPath];
        baseName.CopyTo(joined);
        name.CopyTo(joined[baseName.Length..]);
        return TryParse(joined[..length], out path);
    }

    /// <summary>"/" or "/a/b/c/d" with 1..4 decimal ids, no leading zeros, each at most 65534.</summary>
    public static bool TryParse(ReadOnlySpan<byte> text, out Lwm2mPath path)
    {
        path = Lwm2mPath.Root;
        if (text.IsEmpty || text[0] != (byte)'/')
        {
            return false;
        }

        if (text.Length == 1)
        {
            return true;
        }

        Span<int> ids = stackalloc int[4];
        var count = 0;
        var position = 1;
        while (true)
        {
            if (count == 4 || !TryReadId(text, ref position, out ids[count]))
            {
                return false;
            }

            count++;
            if (position == text.Length)
            {
                path = Lwm2mPath.FromIds(ids[..count]);
                return true;
            }

            position++;
        }
    }

    private static bool TryReadId(ReadOnlySpan<byte> text, ref int position, out int id)
    {
        id = 0;
        var start = position;
        while (position < text.Length && text[position] != (byte)'/')
        {
            var digit = text[position] - (byte)'0';
            if (digit is < 0 or > 9 || position - start == 5 || (position > start && id == 0))
            {
                return false;
            }

            id = (id * 10) + digit;
            position++;
        }

        return position > start && id <= Lwm2mId.Max;
    }
}
