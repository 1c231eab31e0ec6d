namespace Harness.Protocol.Coap;

/// <summary>Strict RFC 7252 §3 decoding: the first violated rule rejects the datagram.</summary>
internal static class CoapUdpStrictDecoder
{
    public static CoapDecodeResult Decode(ReadOnlyMemory<byte> datagram)
    {
        var span = datagram.Span;
        if (span.Length < CoapUdpCodec.HeaderLength)
        {
            return Fail("COAP-HDR-SHORT", $"Datagram of {span.Length} bytes is shorter than the 4-byte header", 0, "RFC 7252 §3");
        }

        int version = span[0] >> 6;
        if (version != CoapUdpCodec.Version)
        {
            return Fail("COAP-HDR-VERSION", $"Version {version} is not 1", 0, "RFC 7252 §3");
        }

        var type = (CoapMessageType)((span[0] >> 4) & 0x3);
        int tokenLength = span[0] & 0x0F;
        if (tokenLength > CoapMessage.MaxTokenLength)
        {
            return Fail("COAP-TKL-RESERVED", $"Token length {tokenLength} is reserved (9-15 are a message format error)", 0, "RFC 7252 §3");
        }

        var code = new CoapCode(span[1]);
        ushort messageId = (ushort)((span[2] << 8) | span[3]);
        if (code.IsEmpty && span.Length != CoapUdpCodec.HeaderLength)
        {
            return Fail("COAP-EMPTY-NOT-EMPTY", $"Empty message (code 0.00) carries {span.Length - CoapUdpCodec.HeaderLength} bytes after the header", CoapUdpCodec.HeaderLength, "RFC 7252 §4.1");
        }

        if (span.Length < CoapUdpCodec.HeaderLength + tokenLength)
        {
            return Fail("COAP-TOKEN-TRUNCATED", $"Token length {tokenLength} but only {span.Length - CoapUdpCodec.HeaderLength} bytes follow the header", CoapUdpCodec.HeaderLength, "RFC 7252 §3");
        }

        int optionsStart = CoapUdpCodec.HeaderLength + tokenLength;
        var error = CoapOptionsScanner.Scan(span, optionsStart, 0, out int optionsEnd, out int payloadStart, out int count);
        if (error is not null)
        {
            return CoapDecodeResult.Failure(error);
        }

        var options = new CoapOptionList(datagram[optionsStart..optionsEnd], count);
        var message = new CoapMessage(type, code, messageId, datagram.Slice(CoapUdpCodec.HeaderLength, tokenLength), options, datagram[payloadStart..]);
        return CoapDecodeResult.Success(message);
    }

    private static CoapDecodeResult Fail(string rule, string message, int offset, string clause) =>
        CoapDecodeResult.Failure(new CoapFormatError(rule, message, offset, clause));
}
