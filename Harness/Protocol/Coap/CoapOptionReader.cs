namespace Harness.Protocol.Coap;

/// <summary>
/// Reads one option header (RFC 7252 §3.1) and checks one option instance against its definition
/// (§5.4). Shared by the strict scanner and the lax decoder so both apply the same rules; allocates
/// only when it reports a violation.
/// </summary>
internal static class CoapOptionReader
{
    /// <summary>
    /// Reads the header at <paramref name="position"/> (not the payload marker; callers test for it).
    /// On success <paramref name="position"/> is the first value byte, <paramref name="number"/> the
    /// option's number and <paramref name="length"/> its value length, all inside the buffer.
    /// A header whose delta makes the number exceed 65535 while its 16-bit reading falls below the
    /// preceding number is an out-of-order option written with a wrapped negative delta; it is reported
    /// as such and, like any other header, leaves <paramref name="number"/> at that 16-bit reading, so
    /// a lax reader may go on.
    /// </summary>
    public static CoapFormatError? ReadHeader(ReadOnlySpan<byte> buffer, int baseOffset, ref int position, ref int number, out int length)
    {
        int headerOffset = position;
        byte first = buffer[position];
        int deltaNibble = first >> 4;
        int lengthNibble = first & 0x0F;
        length = 0;
        if (deltaNibble == 15)
        {
            return new(CoapRuleIds.OptionDelta15, $"Option delta nibble 15 is reserved (byte 0x{first:x2} is not the payload marker)", headerOffset + baseOffset, "RFC 7252 §3.1");
        }

        if (lengthNibble == 15)
        {
            return new(CoapRuleIds.OptionLength15, $"Option length nibble 15 is reserved (byte 0x{first:x2})", headerOffset + baseOffset, "RFC 7252 §3.1");
        }

        int cursor = headerOffset + 1;
        if (!TryExtend(buffer, ref cursor, deltaNibble, out int delta) || !TryExtend(buffer, ref cursor, lengthNibble, out int valueLength))
        {
            return new(CoapRuleIds.OptionTruncated, "Option header extension runs past the end of the message", headerOffset + baseOffset, "RFC 7252 §3.1");
        }

        int previous = number;
        int sum = previous + delta;
        if (sum > ushort.MaxValue)
        {
            int wrapped = sum & 0xFFFF;
            if (wrapped >= previous)
            {
                return new(CoapRuleIds.OptionNumberRange, $"Option delta {delta} after option {previous} gives number {sum}, beyond 65535", headerOffset + baseOffset, "RFC 7252 §3.1");
            }

            if (valueLength > buffer.Length - cursor)
            {
                return Truncated(buffer, headerOffset, baseOffset, wrapped, valueLength, cursor);
            }

            number = wrapped;
            length = valueLength;
            position = cursor;
            return new(CoapRuleIds.OptionOrder, $"Option {OptionRegistry.NameOf(wrapped)} follows option {previous}: options must be in ascending number order (delta {delta} is a negative delta written in 16 bits)", headerOffset + baseOffset, "RFC 7252 §3.1");
        }

        if (valueLength > buffer.Length - cursor)
        {
            return Truncated(buffer, headerOffset, baseOffset, sum, valueLength, cursor);
        }

        number = sum;
        length = valueLength;
        position = cursor;
        return null;
    }

    /// <summary>
    /// Checks an option instance against its registered definition: repetition of a non-repeatable
    /// option and the value length range. Unknown options have no definition and always pass.
    /// </summary>
    public static CoapFormatError? CheckDefinition(int number, bool repeatsPrevious, int length, int headerOffset)
    {
        var definition = OptionRegistry.Lookup(number);
        if (definition is null)
        {
            return null;
        }

        if (repeatsPrevious && !definition.Repeatable)
        {
            return new(CoapRuleIds.OptionRepeated, $"{definition.Name} is not repeatable but occurs again", headerOffset, "RFC 7252 §5.4.5");
        }

        if (length < definition.MinLength || length > definition.MaxLength)
        {
            string format = definition.Format == OptionFormat.UInt ? "uint " : string.Empty;
            return new(CoapRuleIds.OptionLengthRange, $"{definition.Name} {format}value is {length} bytes; its definition allows {definition.MinLength}..{definition.MaxLength}", headerOffset, definition.Clause);
        }

        return null;
    }

    private static CoapFormatError Truncated(ReadOnlySpan<byte> buffer, int headerOffset, int baseOffset, int number, int valueLength, int valueStart) =>
        new(CoapRuleIds.OptionTruncated, $"Option {OptionRegistry.NameOf(number)} declares {valueLength} value bytes but {buffer.Length - valueStart} remain", headerOffset + baseOffset, "RFC 7252 §3.1");

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
}
