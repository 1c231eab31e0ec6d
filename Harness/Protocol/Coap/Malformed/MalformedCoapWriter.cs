namespace Harness.Protocol.Coap.Malformed;

/// <summary>
/// Writes a <see cref="RawCoapMessage"/> byte for byte, whatever rules it breaks. Only fields that do
/// not fit their bits (a version above 3, a nibble above 15) are refused: that is misuse of the
/// harness, not a malformed message.
/// </summary>
public static class MalformedCoapWriter
{
    public static byte[] Write(RawCoapMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var buffer = new byte[message.Length];
        Write(message, buffer);
        return buffer;
    }

    /// <summary>Writes into <paramref name="destination"/> and returns the length written.</summary>
    public static int Write(RawCoapMessage message, Span<byte> destination)
    {
        ArgumentNullException.ThrowIfNull(message);
        CheckBits(message.Version, 3, nameof(message.Version));
        CheckBits(message.Type, 3, nameof(message.Type));
        CheckBits(message.TokenLengthNibble, 15, nameof(message.TokenLengthNibble));
        int length = message.Length;
        if (destination.Length < length)
        {
            throw new ArgumentException($"Destination of {destination.Length} bytes is shorter than the {length}-byte message", nameof(destination));
        }

        destination[0] = (byte)((message.Version << 6) | (message.Type << 4) | message.TokenLengthNibble);
        destination[1] = message.Code;
        destination[2] = (byte)(message.MessageId >> 8);
        destination[3] = (byte)message.MessageId;
        int position = CoapUdpCodec.HeaderLength;
        position += Copy(message.Token.Span, destination[position..]);
        foreach (var option in message.Options)
        {
            CheckBits(option.DeltaNibble, 15, nameof(option.DeltaNibble));
            CheckBits(option.LengthNibble, 15, nameof(option.LengthNibble));
            destination[position++] = (byte)((option.DeltaNibble << 4) | option.LengthNibble);
            position += Copy(option.DeltaExtension.Span, destination[position..]);
            position += Copy(option.LengthExtension.Span, destination[position..]);
            position += Copy(option.Value.Span, destination[position..]);
        }

        if (message.PayloadMarker)
        {
            destination[position++] = CoapUdpCodec.PayloadMarker;
        }

        position += Copy(message.Payload.Span, destination[position..]);
        return position;
    }

    private static int Copy(ReadOnlySpan<byte> source, Span<byte> destination)
    {
        source.CopyTo(destination);
        return source.Length;
    }

    private static void CheckBits(int value, int max, string name)
    {
        if (value < 0 || value > max)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be 0..{max} to fit its bits");
        }
    }
}
