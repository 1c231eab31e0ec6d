namespace Harness.Runtime.Analysis.Reading;

/// <summary>Walks the options area of a pcapng block: code, length, value padded to 32 bits, until opt_endofopt.</summary>
internal ref struct PcapngOptions
{
    private readonly ByteOrder order;
    private ReadOnlySpan<byte> rest;

    public PcapngOptions(ReadOnlySpan<byte> area, ByteOrder order)
    {
        rest = area;
        this.order = order;
    }

    /// <summary>The next option; false at opt_endofopt or the end of the area. Null problem on success.</summary>
    public bool TryNext(out ushort code, out ReadOnlySpan<byte> value, out string? problem)
    {
        code = 0;
        value = default;
        problem = null;
        if (rest.Length < 4)
        {
            return false;
        }

        code = order.UInt16(rest);
        int length = order.UInt16(rest[2..]);
        if (code == 0)
        {
            return false;
        }

        int padded = (length + 3) & ~3;
        if (4 + length > rest.Length)
        {
            problem = $"option {code} of {length} bytes runs past the end of the block";
            return false;
        }

        value = rest.Slice(4, length);
        rest = rest[Math.Min(4 + padded, rest.Length)..];
        return true;
    }
}
