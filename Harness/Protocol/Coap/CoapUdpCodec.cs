namespace Harness.Protocol.Coap;

/// <summary>CoAP over UDP message codec (RFC 7252 §3): header, token, options, payload.</summary>
public static class CoapUdpCodec
{
    public const int HeaderLength = 4;
    public const byte PayloadMarker = 0xFF;
    public const int Version = 1;

    public static int GetEncodedLength(CoapMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        int length = HeaderLength + message.Token.Length + message.Options.Encoded.Length;
        return message.Payload.IsEmpty ? length : length + 1 + message.Payload.Length;
    }

    public static byte[] Encode(CoapMessage message)
    {
        var buffer = new byte[GetEncodedLength(message)];
        Encode(message, buffer);
        return buffer;
    }

    /// <summary>Writes the message into <paramref name="destination"/> and returns the length written.</summary>
    public static int Encode(CoapMessage message, Span<byte> destination)
    {
        int length = GetEncodedLength(message);
        if (destination.Length < length)
        {
            throw new ArgumentException($"Destination of {destination.Length} bytes is shorter than the {length}-byte message", nameof(destination));
        }

        destination[0] = (byte)((Version << 6) | ((int)message.Type << 4) | message.Token.Length);
        destination[1] = message.Code.Value;
        destination[2] = (byte)(message.MessageId >> 8);
        destination[3] = (byte)message.MessageId;
        int position = HeaderLength;
        message.Token.Span.CopyTo(destination[position..]);
        position += message.Token.Length;
        message.Options.Encoded.Span.CopyTo(destination[position..]);
        position += message.Options.Encoded.Length;
        if (!message.Payload.IsEmpty)
        {
            destination[position++] = PayloadMarker;
            message.Payload.Span.CopyTo(destination[position..]);
            position += message.Payload.Length;
        }

        return position;
    }

    /// <summary>Decodes one datagram. The returned message refers to <paramref name="datagram"/> without copying.</summary>
    public static CoapDecodeResult Decode(ReadOnlyMemory<byte> datagram, CoapDecodeMode mode = CoapDecodeMode.Strict) =>
        mode == CoapDecodeMode.Strict ? CoapUdpStrictDecoder.Decode(datagram) : CoapUdpLaxDecoder.Decode(datagram);

    /// <summary>Strict decode that throws <see cref="CoapFormatException"/> naming the violated rule.</summary>
    public static CoapMessage DecodeOrThrow(ReadOnlyMemory<byte> datagram) => Decode(datagram).GetMessageOrThrow();
}
