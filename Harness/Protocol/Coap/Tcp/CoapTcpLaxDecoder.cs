namespace Harness.Protocol.Coap.Tcp;

/// <summary>
/// Lax reading of one frame for display: once the header says where the frame ends, the frame is
/// read whatever it contains and every rule passed over is listed. Only a length this process cannot
/// hold stops it, because then the frame's end is unknowable.
/// </summary>
internal static class CoapTcpLaxDecoder
{
    public static CoapTcpReadStatus TryRead(ReadOnlyMemory<byte> buffer, long maxMessageSize, out int consumed, out CoapDecodeResult result)
    {
        consumed = 0;
        result = default;
        if (!CoapTcpFrameHeader.TryParse(buffer.Span, out var header))
        {
            return CoapTcpReadStatus.NeedMoreData;
        }

        var errors = new List<CoapFormatError>();
        if (CoapTcpFrameLimits.Check(header, long.MaxValue) is { } range)
        {
            result = CoapDecodeResult.Failure(range);
            return CoapTcpReadStatus.Error;
        }

        if (buffer.Length < header.FrameLength)
        {
            return CoapTcpReadStatus.NeedMoreData;
        }

        if (header.FrameLength > maxMessageSize)
        {
            errors.Add(CoapTcpFrameLimits.TooLarge(header.FrameLength, maxMessageSize));
        }

        int frameLength = (int)header.FrameLength;
        var frame = buffer[..frameLength];
        int tokenLength = header.TokenLength;
        if (tokenLength > CoapMessage.MaxTokenLength)
        {
            errors.Add(new("COAP-TKL-RESERVED", $"Token length {tokenLength} is reserved; showing the first 8 token bytes", 0, "RFC 8323 §3.2; RFC 7252 §3"));
        }

        if (header.Code.IsEmpty && frameLength != header.HeaderLength)
        {
            errors.Add(new("COAP-EMPTY-NOT-EMPTY", "Empty message (code 0.00) carries bytes after the code", header.HeaderLength, "RFC 7252 §4.1; RFC 8323 §3.4"));
        }

        var (options, payload) = ReadOptions(frame, header, errors);
        var token = frame.Slice(header.TokenStart, Math.Min(tokenLength, CoapMessage.MaxTokenLength));
        var message = new CoapMessage(CoapMessageType.Confirmable, header.Code, 0, token, CoapOptionList.Encode(options), payload);
        result = new CoapDecodeResult(message, errors);
        consumed = frameLength;
        return CoapTcpReadStatus.Frame;
    }

    /// <summary>
    /// Request/response options get the UDP lax reader's full list of violations. Signaling options are
    /// judged by the signaling definitions (first violation only) and salvaged by the same reader.
    /// </summary>
    private static (List<CoapOption> Options, ReadOnlyMemory<byte> Payload) ReadOptions(ReadOnlyMemory<byte> frame, CoapTcpFrameHeader header, List<CoapFormatError> errors)
    {
        int start = header.OptionsStart;
        if (!header.Code.IsSignaling)
        {
            return CoapUdpLaxDecoder.ReadOptions(frame, start, errors);
        }

        var error = CoapOptionsScanner.Scan(frame.Span, start, 0, out int optionsEnd, out _, out _, SignalingOptionRegistry.LookupFor(header.Code));
        error ??= SignalingOptionRules.FindUnknownCritical(frame.Span, start, optionsEnd, header.Code);
        if (error is not null)
        {
            errors.Add(error);
        }

        return CoapUdpLaxDecoder.ReadOptions(frame, start, []);
    }
}
