namespace Harness.Protocol.Coap;

/// <summary>
/// Strict RFC 7252 decoding: the first violated MUST-level rule rejects the datagram. Rules are checked
/// in wire order (header, token, options, payload marker) so the reported offset is the earliest fault.
/// A success allocates only the message; token, options and payload are slices of the datagram.
/// </summary>
internal static class CoapUdpStrictDecoder
{
    public static CoapDecodeResult Decode(ReadOnlyMemory<byte> datagram)
    {
        var span = datagram.Span;
        var error = CheckHeader(span);
        if (error is not null)
        {
            return CoapDecodeResult.Failure(error);
        }

        int tokenLength = span[0] & 0x0F;
        int optionsStart = CoapUdpCodec.HeaderLength + tokenLength;
        error = CoapOptionsScanner.Scan(span, optionsStart, 0, out int optionsEnd, out int payloadStart, out int count);
        if (error is not null)
        {
            return CoapDecodeResult.Failure(error);
        }

        var message = new CoapMessage(
            (CoapMessageType)((span[0] >> 4) & 0x3),
            new CoapCode(span[1]),
            (ushort)((span[2] << 8) | span[3]),
            datagram.Slice(CoapUdpCodec.HeaderLength, tokenLength),
            new CoapOptionList(datagram[optionsStart..optionsEnd], count),
            datagram[payloadStart..]);
        return CoapDecodeResult.Success(message);
    }

    /// <summary>Header, code, type/code combination and token; null when all hold.</summary>
    private static CoapFormatError? CheckHeader(ReadOnlySpan<byte> span)
    {
        if (span.Length < CoapUdpCodec.HeaderLength)
        {
            return new(CoapRuleIds.HeaderShort, $"Datagram of {span.Length} bytes is shorter than the 4-byte header", 0, "RFC 7252 §3");
        }

        int version = span[0] >> 6;
        if (version != CoapUdpCodec.Version)
        {
            return new(CoapRuleIds.HeaderVersion, $"Version {version} is not 1 (such messages are silently ignored)", 0, "RFC 7252 §3");
        }

        int tokenLength = span[0] & 0x0F;
        if (tokenLength > CoapMessage.MaxTokenLength)
        {
            return new(CoapRuleIds.TokenLengthReserved, $"Token length {tokenLength} is reserved (9-15 are a message format error)", 0, "RFC 7252 §3");
        }

        var type = (CoapMessageType)((span[0] >> 4) & 0x3);
        var code = new CoapCode(span[1]);
        var error = CoapMessageLayerRules.CodeClass(code)
            ?? CoapMessageLayerRules.TypeAndCode(type, code)
            ?? CoapMessageLayerRules.EmptyToken(code, tokenLength)
            ?? CoapMessageLayerRules.EmptyNotEmpty(code, span.Length - CoapUdpCodec.HeaderLength);
        if (error is not null)
        {
            return error;
        }

        if (span.Length < CoapUdpCodec.HeaderLength + tokenLength)
        {
            return new(CoapRuleIds.TokenTruncated, $"Token length {tokenLength} but only {span.Length - CoapUdpCodec.HeaderLength} bytes follow the header", CoapUdpCodec.HeaderLength, "RFC 7252 §3");
        }

        return null;
    }
}
