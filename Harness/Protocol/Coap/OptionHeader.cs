namespace Harness.Protocol.Coap;

/// <summary>
/// The option header's delta and length nibbles with their 13/14 extensions (RFC 7252 §3.1).
/// Shared by the message model, the UDP codec and the TCP framing.
/// </summary>
public static class OptionHeader
{
    /// <summary>Largest value an extended nibble can carry: 14 means 269 + a 16-bit number.</summary>
    public const int MaxExtendedValue = 269 + 0xFFFF;

    public static int ExtensionSize(int value) => value < 13 ? 0 : value < 269 ? 1 : 2;

    public static int Size(int delta, int length) => 1 + ExtensionSize(delta) + ExtensionSize(length);

    /// <summary>Writes the header at <paramref name="destination"/> and returns the bytes written.</summary>
    public static int Write(Span<byte> destination, int delta, int length)
    {
        int position = 1;
        int deltaNibble = Nibble(delta);
        int lengthNibble = Nibble(length);
        destination[0] = (byte)((deltaNibble << 4) | lengthNibble);
        WriteExtension(destination, ref position, delta);
        WriteExtension(destination, ref position, length);
        return position;
    }

    private static int Nibble(int value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, MaxExtendedValue);
        return value < 13 ? value : value < 269 ? 13 : 14;
    }

    private static void WriteExtension(Span<byte> destination, ref int position, int value)
    {
        if (value >= 269)
        {
            int extended = value - 269;
            destination[position++] = (byte)(extended >> 8);
            destination[position++] = (byte)extended;
        }
        else if (value >= 13)
        {
            destination[position++] = (byte)(value - 13);
        }
    }
}
