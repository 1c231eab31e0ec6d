namespace Harness.Protocol.Lwm2m.Content.Tlv;

/// <summary>Syntax tier, writing side: header widths and bytes. Minimal widths unless a caller asks for wider ones.</summary>
internal static class TlvHeaderWriter
{
    /// <summary>The largest value length a 24-bit length field can state (about 16.7 MB).</summary>
    public const int MaxValueLength = 0xFF_FFFF;

    public static int MinimalIdentifierLength(int id) => id <= 0xFF ? 1 : 2;

    /// <summary>0 when the length fits bits 2-0 (up to 7), else the fewest length-field bytes.</summary>
    public static int MinimalLengthFieldLength(int valueLength) => valueLength switch
    {
        <= 7 => 0,
        <= 0xFF => 1,
        <= 0xFFFF => 2,
        <= MaxValueLength => 3,
        _ => throw new ArgumentOutOfRangeException(nameof(valueLength), valueLength, $"A TLV value holds at most {MaxValueLength} bytes"),
    };

    public static int HeaderLength(int id, int valueLength) =>
        1 + MinimalIdentifierLength(id) + MinimalLengthFieldLength(valueLength);

    public static int RecordLength(int id, int valueLength) => HeaderLength(id, valueLength) + valueLength;

    public static int Write(Span<byte> destination, TlvIdentifierType type, int id, int valueLength) =>
        Write(destination, type, id, valueLength, MinimalIdentifierLength(id), MinimalLengthFieldLength(valueLength));

    /// <summary>Writes the header with the given widths; returns its length. Throws when a width cannot hold the number.</summary>
    public static int Write(Span<byte> destination, TlvIdentifierType type, int id, int valueLength, int identifierLength, int lengthFieldLength)
    {
        if (id < 0 || id > (identifierLength == 1 ? 0xFF : 0xFFFF))
        {
            throw new ArgumentOutOfRangeException(nameof(id), id, $"Identifier does not fit {identifierLength} byte(s)");
        }

        int limit = lengthFieldLength == 0 ? 7 : (1 << (8 * lengthFieldLength)) - 1;
        if (valueLength < 0 || valueLength > limit)
        {
            throw new ArgumentOutOfRangeException(nameof(valueLength), valueLength, $"Length does not fit a length field of {lengthFieldLength} byte(s)");
        }

        int low = lengthFieldLength == 0 ? valueLength : 0;
        destination[0] = (byte)(((int)type << 6) | (identifierLength == 2 ? 0x20 : 0) | (lengthFieldLength << 3) | low);
        int at = 1;
        if (identifierLength == 2)
        {
            destination[at++] = (byte)(id >> 8);
        }

        destination[at++] = (byte)id;
        for (int shift = 8 * (lengthFieldLength - 1); shift >= 0; shift -= 8)
        {
            destination[at++] = (byte)(valueLength >> shift);
        }

        return at;
    }
}
