namespace Harness.Protocol.Coap;

/// <summary>
/// Walks the options region of a message (shared by the UDP decoder and the TCP framing) and reports
/// the first rule it breaks with the absolute byte offset. Allocates nothing on success.
/// </summary>
internal static class CoapOptionsScanner
{
    /// <summary>
    /// Scans from <paramref name="start"/>; on success <paramref name="optionsEnd"/> is the offset of the
    /// payload marker (or the end) and <paramref name="payloadStart"/> the first payload byte (or the end).
    /// <paramref name="definitions"/> replaces <see cref="OptionRegistry"/> where option numbers mean something
    /// else, as in signaling messages whose numbers are per code (RFC 8323 §5.2).
    /// </summary>
    public static CoapFormatError? Scan(
        ReadOnlySpan<byte> buffer,
        int start,
        int baseOffset,
        out int optionsEnd,
        out int payloadStart,
        out int count,
        Func<int, OptionDefinition?>? definitions = null)
    {
        definitions ??= OptionRegistry.Find;
        int position = start;
        int number = 0;
        int previousNumber = -1;
        count = 0;
        optionsEnd = buffer.Length;
        payloadStart = buffer.Length;
        while (position < buffer.Length)
        {
            int headerOffset = position;
            byte first = buffer[position++];
            if (first == CoapUdpCodec.PayloadMarker)
            {
                optionsEnd = headerOffset;
                if (position == buffer.Length)
                {
                    return Error("COAP-PAYLOAD-MARKER-EMPTY", "Payload marker 0xFF is followed by no payload", headerOffset + baseOffset, "RFC 7252 §3");
                }

                payloadStart = position;
                return null;
            }

            int deltaNibble = first >> 4;
            int lengthNibble = first & 0x0F;
            if (deltaNibble == 15)
            {
                return Error("COAP-OPT-DELTA-15", "Option delta nibble 15 is reserved (only the payload marker 0xFF may start with it)", headerOffset + baseOffset, "RFC 7252 §3.1");
            }

            if (lengthNibble == 15)
            {
                return Error("COAP-OPT-LENGTH-15", "Option length nibble 15 is reserved", headerOffset + baseOffset, "RFC 7252 §3.1");
            }

            if (!TryExtend(buffer, ref position, deltaNibble, out int delta) || !TryExtend(buffer, ref position, lengthNibble, out int length))
            {
                return Error("COAP-OPT-TRUNCATED", "Option header extension runs past the end of the message", headerOffset + baseOffset, "RFC 7252 §3.1");
            }

            number += delta;
            if (number > ushort.MaxValue)
            {
                return Error("COAP-OPT-NUMBER-RANGE", $"Option number {number} exceeds 65535", headerOffset + baseOffset, "RFC 7252 §3.1");
            }

            if (length > buffer.Length - position)
            {
                return Error("COAP-OPT-TRUNCATED", $"Option {definitions(number)?.Name ?? number.ToString(System.Globalization.CultureInfo.InvariantCulture)} declares {length} value bytes but {buffer.Length - position} remain", headerOffset + baseOffset, "RFC 7252 §3.1");
            }

            if (definitions(number) is { } definition)
            {
                if (number == previousNumber && !definition.Repeatable)
                {
                    return Error("COAP-OPT-REPEATED", $"{definition.Name} is not repeatable but occurs again", headerOffset + baseOffset, "RFC 7252 §5.4.5");
                }

                if (length < definition.MinLength || length > definition.MaxLength)
                {
                    return Error("COAP-OPT-LENGTH-RANGE", $"{definition.Name} value is {length} bytes; allowed {definition.MinLength}..{definition.MaxLength}", headerOffset + baseOffset, definition.Clause);
                }
            }

            previousNumber = number;
            position += length;
            count++;
        }

        optionsEnd = buffer.Length;
        payloadStart = buffer.Length;
        return null;
    }

    private static bool TryExtend(ReadOnlySpan<byte> buffer, ref int position, int nibble, out int value)
    {
        switch (nibble)
        {
            case 13:
                if (position >= buffer.Length)
                {
                    value = 0;
                    return false;
                }

                value = buffer[position++] + 13;
                return true;
            case 14:
                if (position + 1 >= buffer.Length)
                {
                    value = 0;
                    return false;
                }

                value = ((buffer[position] << 8) | buffer[position + 1]) + 269;
                position += 2;
                return true;
            default:
                value = nibble;
                return true;
        }
    }

    private static CoapFormatError Error(string rule, string message, int offset, string clause) => new(rule, message, offset, clause);
}
