using System.Text.Unicode;

namespace Harness.Protocol.Lwm2m.Content.Cbor;

/// <summary>Skipping whole items and walking indefinite-length strings, without recursion.</summary>
internal ref partial struct CborSpanReader
{
    // Open containers while skipping: items left (0 or more) for definite lengths, else one of these.
    private const long IndefiniteArray = -1;
    private const long IndefiniteMapAtKey = -2;
    private const long IndefiniteMapAtValue = -3;

    /// <summary>Steps over the next item, tags and nested items included; on malformed bytes nothing is consumed.</summary>
    public void SkipValue() => Advance(EndOfItem(_data, _offset) - _offset);

    /// <summary>Where the item at <paramref name="start"/> ends; throws when it is not well-formed.</summary>
    private static int EndOfItem(ReadOnlySpan<byte> data, int start)
    {
        Span<long> open = stackalloc long[16];
        var depth = 0;
        var position = start;
        var tagged = false;
        while (true)
        {
            if (depth > 0 && open[depth - 1] == 0)
            {
                depth--;
            }
            else
            {
                Require(data, position, 1);
                var head = data[position];
                var major = head >> 5;
                if (head == Break)
                {
                    if (tagged || depth == 0 || open[depth - 1] is >= 0 or IndefiniteMapAtValue)
                    {
                        throw Malformed("a break byte where an item must stand");
                    }

                    position++;
                    depth--;
                }
                else if (major == 6)
                {
                    Argument(data, position, out var headLength);
                    position += headLength;
                    tagged = true;
                    continue;
                }
                else if (major is 4 or 5)
                {
                    if (depth == open.Length)
                    {
                        var larger = new long[open.Length * 2];
                        open.CopyTo(larger);
                        open = larger;
                    }

                    open[depth++] = Items(data, ref position, isMap: major == 5);
                    tagged = false;
                    continue;
                }
                else
                {
                    position = EndOfScalar(data, position, major);
                }
            }

            tagged = false;
            if (depth == 0)
            {
                return position;
            }

            open[depth - 1] = open[depth - 1] switch
            {
                > 0 => open[depth - 1] - 1,
                IndefiniteMapAtKey => IndefiniteMapAtValue,
                IndefiniteMapAtValue => IndefiniteMapAtKey,
                _ => IndefiniteArray,
            };
        }
    }

    /// <summary>Reads an array or map head: the items it declares (keys and values counted apart), or an indefinite marker.</summary>
    private static long Items(ReadOnlySpan<byte> data, ref int position, bool isMap)
    {
        if (IsIndefinite(data[position]))
        {
            position++;
            return isMap ? IndefiniteMapAtKey : IndefiniteArray;
        }

        var count = Length(data, position, out var headLength);
        if (isMap && 2L * count > data.Length - position - headLength)
        {
            throw Malformed("a map declares more pairs than the payload has bytes");
        }

        position += headLength;
        return isMap ? 2L * count : count;
    }

    private static int EndOfScalar(ReadOnlySpan<byte> data, int position, int major)
    {
        int headLength;
        switch (major)
        {
            case 2 or 3 when IsIndefinite(data[position]):
                return ScanChunks(data, position, out _, out _);
            case 2 or 3:
                var length = Length(data, position, out headLength);
                return position + headLength + length;
            case 7:
                var size = (data[position] & 0x1f) switch
                {
                    < 24 => 1,
                    24 => 2,
                    25 => 3,
                    26 => 5,
                    27 => 9,
                    _ => throw Malformed("a reserved simple value encoding"),
                };
                Require(data, position, size);
                return position + size;
            default:
                Argument(data, position, out headLength);
                return position + headLength;
        }
    }

    /// <summary>
    /// Walks the chunks of the indefinite-length string at <paramref name="at"/>: each must be a definite-length string of
    /// the same major type. Gives the end of the item, the joined length and whether every chunk is valid UTF-8.
    /// </summary>
    private static int ScanChunks(ReadOnlySpan<byte> data, int at, out int total, out bool validUtf8)
    {
        var major = data[at] >> 5;
        var position = at + 1;
        total = 0;
        validUtf8 = true;
        while (true)
        {
            Require(data, position, 1);
            var head = data[position];
            if (head == Break)
            {
                return position + 1;
            }

            if (head >> 5 != major || IsIndefinite(head))
            {
                throw Malformed("an indefinite-length string holds something other than definite-length chunks of its type");
            }

            var length = Length(data, position, out var headLength);
            validUtf8 &= major != 3 || Utf8.IsValid(data.Slice(position + headLength, length));
            total += length;
            position += headLength + length;
        }
    }
}
