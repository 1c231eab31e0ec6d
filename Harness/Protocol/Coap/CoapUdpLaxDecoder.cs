namespace Harness.Protocol.Coap;

/// <summary>
/// Lax decoding for display: reads as much as it can, lists every MUST-level rule it passed over (the
/// same rules, ids and offsets as strict decoding), and gives up without a message only when even the
/// 4-byte header is missing. Where option bytes stop making sense the rest is shown as payload.
/// </summary>
internal static class CoapUdpLaxDecoder
{
    public static CoapDecodeResult Decode(ReadOnlyMemory<byte> datagram)
    {
        var span = datagram.Span;
        if (span.Length < CoapUdpCodec.HeaderLength)
        {
            return CoapDecodeResult.Failure(new(CoapRuleIds.HeaderShort, $"Datagram of {span.Length} bytes is shorter than the 4-byte header", 0, "RFC 7252 §3"));
        }

        var errors = new List<CoapFormatError>();
        int version = span[0] >> 6;
        if (version != CoapUdpCodec.Version)
        {
            errors.Add(new(CoapRuleIds.HeaderVersion, $"Version {version} is not 1; read as version 1", 0, "RFC 7252 §3"));
        }

        var type = (CoapMessageType)((span[0] >> 4) & 0x3);
        var code = new CoapCode(span[1]);
        int tokenLengthNibble = span[0] & 0x0F;
        int tokenLength = tokenLengthNibble;
        if (tokenLength > CoapMessage.MaxTokenLength)
        {
            errors.Add(new(CoapRuleIds.TokenLengthReserved, $"Token length {tokenLength} is reserved; the first 8 bytes are read as token", 0, "RFC 7252 §3"));
            tokenLength = CoapMessage.MaxTokenLength;
        }

        AddIfAny(errors, CoapMessageLayerRules.CodeClass(code));
        AddIfAny(errors, CoapMessageLayerRules.TypeAndCode(type, code));
        AddIfAny(errors, CoapMessageLayerRules.EmptyToken(code, tokenLengthNibble));
        if (tokenLengthNibble == 0)
        {
            AddIfAny(errors, CoapMessageLayerRules.EmptyNotEmpty(code, span.Length - CoapUdpCodec.HeaderLength));
        }

        int available = span.Length - CoapUdpCodec.HeaderLength;
        if (tokenLength > available)
        {
            errors.Add(new(CoapRuleIds.TokenTruncated, $"Token length {tokenLength} but only {available} bytes follow the header", CoapUdpCodec.HeaderLength, "RFC 7252 §3"));
            tokenLength = available;
        }

        ushort messageId = (ushort)((span[2] << 8) | span[3]);
        int optionsStart = CoapUdpCodec.HeaderLength + tokenLength;
        var (options, payload) = ReadOptions(datagram, optionsStart, errors, out int optionsEnd, out bool outOfOrder);

        // Without a wrapped delta the bytes read are in order and walkable as they are; otherwise the
        // model can only hold them sorted.
        var list = outOfOrder ? CoapOptionList.Encode(options) : new CoapOptionList(datagram[optionsStart..optionsEnd], options.Count);
        var message = new CoapMessage(type, code, messageId, datagram.Slice(CoapUdpCodec.HeaderLength, tokenLength), list, payload);
        return new CoapDecodeResult(message, errors.Count == 0 ? null : errors);
    }

    /// <summary>
    /// Reads option by option from <paramref name="start"/> and adds each rule broken to
    /// <paramref name="errors"/> (shared with the TCP framing's lax reader). An option header that cannot
    /// be read ends the options; from there on the bytes are shown as payload.
    /// </summary>
    internal static (List<CoapOption> Options, ReadOnlyMemory<byte> Payload) ReadOptions(ReadOnlyMemory<byte> buffer, int start, List<CoapFormatError> errors) =>
        ReadOptions(buffer, start, errors, out _, out _);

    private static (List<CoapOption> Options, ReadOnlyMemory<byte> Payload) ReadOptions(
        ReadOnlyMemory<byte> datagram, int start, List<CoapFormatError> errors, out int optionsEnd, out bool outOfOrder)
    {
        var span = datagram.Span;
        var options = new List<CoapOption>();
        outOfOrder = false;
        int position = start;
        int number = 0;
        optionsEnd = span.Length;
        var payload = ReadOnlyMemory<byte>.Empty;
        while (position < span.Length)
        {
            int headerOffset = position;
            if (span[position] == CoapUdpCodec.PayloadMarker)
            {
                optionsEnd = headerOffset;
                payload = datagram[(position + 1)..];
                if (payload.IsEmpty)
                {
                    errors.Add(new(CoapRuleIds.PayloadMarkerEmpty, "Payload marker 0xFF is followed by no payload", headerOffset, "RFC 7252 §3"));
                }

                break;
            }

            int previous = number;
            var error = CoapOptionReader.ReadHeader(span, 0, ref position, ref number, out int length);
            if (error is not null)
            {
                errors.Add(error);
                if (error.Rule != CoapRuleIds.OptionOrder)
                {
                    optionsEnd = headerOffset;
                    payload = datagram[headerOffset..];
                    break;
                }

                outOfOrder = true;
            }

            AddIfAny(errors, CoapOptionReader.CheckDefinition(number, options.Count > 0 && number == previous, length, headerOffset));
            options.Add(new CoapOption(number, datagram.Slice(position, length)));
            position += length;
        }

        return (options, payload);
    }

    private static void AddIfAny(List<CoapFormatError> errors, CoapFormatError? error)
    {
        if (error is not null)
        {
            errors.Add(error);
        }
    }
}
