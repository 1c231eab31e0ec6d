namespace Harness.Protocol.Coap.Tcp;

/// <summary>
/// The Len nibble and its 8/16/32-bit Extended Length (RFC 8323 §3.2). Each extension starts where the
/// previous range ends (13, 269, 65805), so every length has exactly one encoding: a "non-minimal"
/// extended length cannot be written, and no minimal-length rule is needed.
/// </summary>
internal static class CoapTcpLength
{
    public const int Offset8 = 13;
    public const int Offset16 = 269;
    public const long Offset32 = 65805;

    /// <summary>Largest body length the 32-bit extension can carry.</summary>
    public const long MaxRepresentable = Offset32 + uint.MaxValue;

    public static int Nibble(long length) => length < Offset8 ? (int)length : length < Offset16 ? 13 : length < Offset32 ? 14 : 15;

    public static int ExtensionSize(int nibble) => nibble switch
    {
        13 => 1,
        14 => 2,
        15 => 4,
        _ => 0,
    };

    /// <summary>Writes the extension for <paramref name="length"/> and returns the bytes written.</summary>
    public static int WriteExtension(Span<byte> destination, long length)
    {
        int nibble = Nibble(length);
        switch (nibble)
        {
            case 13:
                destination[0] = (byte)(length - Offset8);
                return 1;
            case 14:
                System.Buffers.Binary.BinaryPrimitives.WriteUInt16BigEndian(destination, (ushort)(length - Offset16));
                return 2;
            case 15:
                System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(destination, (uint)(length - Offset32));
                return 4;
            default:
                return 0;
        }
    }

    /// <summary>Reads the body length given the nibble and its extension bytes (exactly <see cref="ExtensionSize"/> of them).</summary>
    public static long Read(int nibble, ReadOnlySpan<byte> extension) => nibble switch
    {
        13 => extension[0] + Offset8,
        14 => System.Buffers.Binary.BinaryPrimitives.ReadUInt16BigEndian(extension) + Offset16,
        15 => System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(extension) + Offset32,
        _ => nibble,
    };
}
