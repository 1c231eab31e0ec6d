namespace Harness.Protocol.Coap.Tcp;

/// <summary>
/// Strict reading of one frame from the front of a stream buffer (RFC 8323 §3.2): the first violated
/// rule rejects it. Rules that the header alone decides are reported before the rest of the frame
/// has arrived, so a peer announcing an oversized frame is caught without buffering it.
/// </summary>
internal static class CoapTcpStrictDecoder
{
    public static CoapTcpReadStatus TryRead(ReadOnlyMemory<byte> buffer, long maxMessageSize, out int consumed, out CoapDecodeResult result)
    {
        consumed = 0;
        result = default;
        var span = buffer.Span;
        if (span.IsEmpty)
        {
            return CoapTcpReadStatus.NeedMoreData;
        }

        int tokenLength = span[0] & 0x0F;
        if (tokenLength > CoapMessage.MaxTokenLength)
        {
            return Fail(out result, "COAP-TKL-RESERVED", $"Token length {tokenLength} is reserved (9-15 are a message format error)", 0, "RFC 8323 §3.2; RFC 7252 §3");
        }

        if (!CoapTcpFrameHeader.TryParse(span, out var header))
        {
            return CoapTcpReadStatus.NeedMoreData;
        }

        if (CoapTcpFrameLimits.Check(header, maxMessageSize) is { } limit)
        {
            result = CoapDecodeResult.Failure(limit);
            return CoapTcpReadStatus.Error;
        }

        if (header.Code.IsEmpty && header.FrameLength != header.HeaderLength)
        {
            return Fail(out result, "COAP-EMPTY-NOT-EMPTY", $"Empty message (code 0.00) carries {header.FrameLength - header.HeaderLength} bytes after the code", header.HeaderLength, "RFC 7252 §4.1; RFC 8323 §3.4");
        }

        if (span.Length < header.FrameLength)
        {
            return CoapTcpReadStatus.NeedMoreData;
        }

        int frameLength = (int)header.FrameLength;
        var frame = buffer[..frameLength];
        var error = CoapOptionsScanner.Scan(
            frame.Span, header.OptionsStart, 0, out int optionsEnd, out int payloadStart, out int count, SignalingOptionRegistry.LookupFor(header.Code));
        if (error is null && header.Code.IsSignaling)
        {
            error = SignalingOptionRules.FindUnknownCritical(frame.Span, header.OptionsStart, optionsEnd, header.Code);
        }

        if (error is not null)
        {
            result = CoapDecodeResult.Failure(error);
            return CoapTcpReadStatus.Error;
        }

        var options = new CoapOptionList(frame[header.OptionsStart..optionsEnd], count);
        var message = new CoapMessage(CoapMessageType.Confirmable, header.Code, 0, frame.Slice(header.TokenStart, tokenLength), options, frame[payloadStart..]);
        result = CoapDecodeResult.Success(message);
        consumed = frameLength;
        return CoapTcpReadStatus.Frame;
    }

    private static CoapTcpReadStatus Fail(out CoapDecodeResult result, string rule, string message, int offset, string clause)
    {
        result = CoapDecodeResult.Failure(new CoapFormatError(rule, message, offset, clause));
        return CoapTcpReadStatus.Error;
    }
}
