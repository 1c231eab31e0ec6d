namespace Harness.Protocol.Coap.Tcp;

/// <summary>
/// The fixed part of a frame: Len/TKL byte, Extended Length and Code (RFC 8323 §3.2). Knowing it tells
/// where the frame ends, which is all a stream reader needs before the rest arrives.
/// </summary>
internal readonly record struct CoapTcpFrameHeader(int LengthNibble, int TokenLength, long BodyLength, int HeaderLength, CoapCode Code)
{
    /// <summary>Len/TKL, at most 4 extension bytes and the code.</summary>
    public const int MaxHeaderLength = 6;

    public long FrameLength => HeaderLength + TokenLength + BodyLength;

    public int TokenStart => HeaderLength;

    public int OptionsStart => HeaderLength + TokenLength;

    /// <summary>Parses the header from the front of <paramref name="buffer"/>; false when more bytes are needed.</summary>
    public static bool TryParse(ReadOnlySpan<byte> buffer, out CoapTcpFrameHeader header)
    {
        header = default;
        if (buffer.IsEmpty)
        {
            return false;
        }

        int nibble = buffer[0] >> 4;
        int extension = CoapTcpLength.ExtensionSize(nibble);
        int headerLength = 1 + extension + 1;
        if (buffer.Length < headerLength)
        {
            return false;
        }

        long body = CoapTcpLength.Read(nibble, buffer.Slice(1, extension));
        header = new CoapTcpFrameHeader(nibble, buffer[0] & 0x0F, body, headerLength, new CoapCode(buffer[headerLength - 1]));
        return true;
    }
}
