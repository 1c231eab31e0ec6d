namespace Harness.Protocol.Coap.Tcp;

/// <summary>
/// Size limits a frame header can break: a length beyond what this process can hold, and a frame
/// larger than the Max-Message-Size the receiver announced (RFC 8323 §5.3.1). The limit counts the
/// whole frame, from the Len/TKL byte to the last payload byte.
/// </summary>
internal static class CoapTcpFrameLimits
{
    public const string TooLargeRule = "COAP-TCP-TOO-LARGE";

    public const string LengthRangeRule = "COAP-TCP-LEN-RANGE";

    public static CoapFormatError? Check(CoapTcpFrameHeader header, long maxMessageSize)
    {
        if (header.FrameLength > Array.MaxLength)
        {
            return new CoapFormatError(LengthRangeRule, $"Frame length {header.FrameLength} cannot be held in one buffer (at most {Array.MaxLength})", 0, "RFC 8323 §3.2");
        }

        return header.FrameLength > maxMessageSize ? TooLarge(header.FrameLength, maxMessageSize) : null;
    }

    public static CoapFormatError TooLarge(long frameLength, long maxMessageSize) =>
        new(TooLargeRule, $"Frame of {frameLength} bytes exceeds the announced Max-Message-Size {maxMessageSize}", 0, "RFC 8323 §5.3.1");
}
