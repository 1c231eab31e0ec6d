namespace Harness.Protocol.Lwm2m;

/// <summary>
/// The path grammar: "/" for the root, otherwise '/' followed by one to four ids separated by '/', each a
/// decimal number without sign, spaces or leading zeros, 0..65534. Uri-Path options carry the same ids
/// one per option, with no option at all for the root.
/// </summary>
internal static class Lwm2mPathParser
{
    public const string PathClause = "LwM2M Core, Resource Model (path /Object/Instance/Resource/Resource Instance)";

    private static readonly string[] SegmentNames = ["object id", "object instance id", "resource id", "resource instance id"];

    public static Lwm2mPathError? TryParse(string text, out Lwm2mPath path)
    {
        path = Lwm2mPath.Root;
        if (text.Length == 0)
        {
            return Error(Lwm2mPathErrorKind.Empty, "Path is empty; the root path is \"/\"", 0, -1);
        }

        if (text[0] != '/')
        {
            return Error(Lwm2mPathErrorKind.MissingLeadingSlash, $"Path must start with '/' but starts with '{text[0]}'", 0, -1);
        }

        if (text.Length == 1)
        {
            return null;
        }

        Span<int> ids = stackalloc int[4];
        var count = 0;
        var start = 1;
        while (true)
        {
            if (count == ids.Length)
            {
                return Error(Lwm2mPathErrorKind.TooDeep, "Path has more than four ids; nothing lies below a resource instance", start - 1, count);
            }

            var end = text.IndexOf('/', start);
            if (end < 0)
            {
                end = text.Length;
            }

            var error = ParseSegment(text.AsSpan(start, end - start), start, count, out ids[count]);
            if (error is not null)
            {
                return error;
            }

            count++;
            if (end == text.Length)
            {
                break;
            }

            start = end + 1;
        }

        path = Lwm2mPath.FromIds(ids[..count]);
        return null;
    }

    public static Lwm2mPathError? TryParse(IReadOnlyList<string> segments, out Lwm2mPath path)
    {
        path = Lwm2mPath.Root;
        if (segments.Count > 4)
        {
            return Error(Lwm2mPathErrorKind.TooDeep, $"Uri-Path has {segments.Count} segments; an LwM2M path has at most four", OffsetOf(segments, 4), 4);
        }

        Span<int> ids = stackalloc int[4];
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i] ?? throw new ArgumentException($"Segment {i} is null", nameof(segments));
            var error = ParseSegment(segment, OffsetOf(segments, i), i, out ids[i]);
            if (error is not null)
            {
                return error;
            }
        }

        path = Lwm2mPath.FromIds(ids[..segments.Count]);
        return null;
    }

    private static Lwm2mPathError? ParseSegment(ReadOnlySpan<char> segment, int offset, int index, out int id)
    {
        id = 0;
        var name = SegmentNames[index];
        if (segment.IsEmpty)
        {
            return Error(Lwm2mPathErrorKind.EmptySegment, $"The {name} is empty", offset, index);
        }

        for (var i = 0; i < segment.Length; i++)
        {
            if (!char.IsAsciiDigit(segment[i]))
            {
                return Error(Lwm2mPathErrorKind.NotDecimal, $"The {name} \"{segment}\" is not a decimal number ('{segment[i]}')", offset + i, index);
            }
        }

        if (segment.Length > 1 && segment[0] == '0')
        {
            return Error(Lwm2mPathErrorKind.LeadingZero, $"The {name} \"{segment}\" has a leading zero", offset, index);
        }

        // Six digits or more cannot be a 16-bit id; stop before int overflow.
        var value = segment.Length > 5 ? int.MaxValue : int.Parse(segment, provider: System.Globalization.CultureInfo.InvariantCulture);
        if (value == Lwm2mId.Reserved)
        {
            return new Lwm2mPathError(Lwm2mPathErrorKind.ReservedId, $"The {name} is 65535, the reserved MAX_ID", offset, index, Lwm2mId.Clause);
        }

        if (value > Lwm2mId.Reserved)
        {
            return Error(Lwm2mPathErrorKind.OutOfRange, $"The {name} \"{segment}\" does not fit in 16 bits", offset, index);
        }

        id = value;
        return null;
    }

    private static int OffsetOf(IReadOnlyList<string> segments, int index)
    {
        var offset = 1;
        for (var i = 0; i < index && i < segments.Count; i++)
        {
            offset += (segments[i]?.Length ?? 0) + 1;
        }

        return offset;
    }

    private static Lwm2mPathError Error(Lwm2mPathErrorKind kind, string message, int offset, int segment) =>
        new(kind, message, offset, segment, PathClause);
}
