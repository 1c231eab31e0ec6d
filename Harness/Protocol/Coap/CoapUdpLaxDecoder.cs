namespace Harness.Protocol.Coap;

/// <summary>
/// Lax decoding for display: reads as much as it can, lists every rule it passed over, and only gives
/// up without a message when even the 4-byte header is missing.
/// </summary>
internal static class CoapUdpLaxDecoder
{
    public static CoapDecodeResult Decode(ReadOnlyMemory<byte> datagram)
    {
        var span = datagram.Span;
        if (span.Length < CoapUdpCodec.HeaderLength)
        {
            return CoapDecodeResult.Failure(new("COAP-HDR-SHORT", $"Datagram of {span.Length} bytes is shorter than the 4-byte header", 0, "RFC 7252 §3"));
        }

        var errors = new List<CoapFormatError>();
        int version = span[0] >> 6;
        if (version != CoapUdpCodec.Version)
        {
            errors.Add(new("COAP-HDR-VERSION", $"Version {version} is not 1", 0, "RFC 7252 §3"));
        }

        var type = (CoapMessageType)((span[0] >> 4) & 0x3);
        int tokenLength = span[0] & 0x0F;
        if (tokenLength > CoapMessage.MaxTokenLength)
        {
            errors.Add(new("COAP-TKL-RESERVED", $"Token length {tokenLength} is reserved; reading 8", 0, "RFC 7252 §3"));
            tokenLength = CoapMessage.MaxTokenLength;
        }

        int available = span.Length - CoapUdpCodec.HeaderLength;
        if (tokenLength > available)
        {
            errors.Add(new("COAP-TOKEN-TRUNCATED", $"Token length {tokenLength} but only {available} bytes follow the header", CoapUdpCodec.HeaderLength, "RFC 7252 §3"));
            tokenLength = available;
        }

        var code = new CoapCode(span[1]);
        if (code.IsEmpty && span.Length != CoapUdpCodec.HeaderLength)
        {
            errors.Add(new("COAP-EMPTY-NOT-EMPTY", "Empty message (code 0.00) carries bytes after the header", CoapUdpCodec.HeaderLength, "RFC 7252 §4.1"));
        }

        ushort messageId = (ushort)((span[2] << 8) | span[3]);
        int optionsStart = CoapUdpCodec.HeaderLength + tokenLength;
        var (options, payload) = ReadOptions(datagram, optionsStart, errors);
        var message = new CoapMessage(type, code, messageId, datagram.Slice(CoapUdpCodec.HeaderLength, tokenLength), CoapOptionList.Encode(options), payload);
        return new CoapDecodeResult(message, errors);
    }

    /// <summary>Reads option by option; each rule broken is listed, and reading stops only where it must.</summary>
    internal static (List<CoapOption> Options, ReadOnlyMemory<byte> Payload) ReadOptions(ReadOnlyMemory<byte> buffer, int start, List<CoapFormatError> errors)
    {
        var options = new List<CoapOption>();
        int position = start;
        while (position < buffer.Length)
        {
            var one = ScanOne(buffer, ref position, options, out bool stop);
            if (one is not null)
            {
                errors.Add(one);
            }

            if (stop)
            {
                return (options, buffer[Math.Min(position, buffer.Length)..]);
            }
        }

        return (options, ReadOnlyMemory<byte>.Empty);
    }

    private static CoapFormatError? ScanOne(ReadOnlyMemory<byte> buffer, ref int position, List<CoapOption> options, out bool stop)
    {
        var span = buffer.Span;
        int headerOffset = position;
        byte first = span[position];
        stop = false;
        if (first == CoapUdpCodec.PayloadMarker)
        {
            position++;
            stop = true;
            return position == span.Length
                ? new("COAP-PAYLOAD-MARKER-EMPTY", "Payload marker 0xFF is followed by no payload", headerOffset, "RFC 7252 §3")
                : null;
        }

        int previous = options.Count > 0 ? options[^1].Number : 0;
        int nibbleDelta = first >> 4;
        int nibbleLength = first & 0x0F;
        if (nibbleDelta == 15 || nibbleLength == 15)
        {
            stop = true;
            return new(nibbleDelta == 15 ? "COAP-OPT-DELTA-15" : "COAP-OPT-LENGTH-15", "Reserved option nibble 15; the rest is shown as payload", headerOffset, "RFC 7252 §3.1");
        }

        position++;
        if (!TryExtend(span, ref position, nibbleDelta, out int delta) || !TryExtend(span, ref position, nibbleLength, out int length) || length > span.Length - position)
        {
            stop = true;
            position = headerOffset;
            return new("COAP-OPT-TRUNCATED", "Option runs past the end of the message; the rest is shown as payload", headerOffset, "RFC 7252 §3.1");
        }

        int number = previous + delta;
        if (number > ushort.MaxValue)
        {
            stop = true;
            position = headerOffset;
            return new("COAP-OPT-NUMBER-RANGE", $"Option number {number} exceeds 65535", headerOffset, "RFC 7252 §3.1");
        }

        options.Add(new CoapOption(number, buffer.Slice(position, length)));
        position += length;
        if (OptionRegistry.TryGet(number, out var definition))
        {
            if (number == previous && options.Count > 1 && !definition.Repeatable)
            {
                return new("COAP-OPT-REPEATED", $"{definition.Name} is not repeatable but occurs again", headerOffset, "RFC 7252 §5.4.5");
            }

            if (length < definition.MinLength || length > definition.MaxLength)
            {
                return new("COAP-OPT-LENGTH-RANGE", $"{definition.Name} value is {length} bytes; allowed {definition.MinLength}..{definition.MaxLength}", headerOffset, definition.Clause);
            }
        }

        return null;
    }

    private static bool TryExtend(ReadOnlySpan<byte> span, ref int position, int nibble, out int value)
    {
        value = nibble;
        if (nibble == 13)
        {
            if (position >= span.Length)
            {
                return false;
            }

            value = span[position++] + 13;
        }
        else if (nibble == 14)
        {
            if (position + 1 >= span.Length)
            {
                return false;
            }

            value = ((span[position] << 8) | span[position + 1]) + 269;
            position += 2;
        }

        return true;
    }
}
