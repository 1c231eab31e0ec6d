using System.Runtime.CompilerServices;

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
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static CoapFormatError? ReadHeader(ReadOnlySpan<byte> buffer, int baseOffset, ref int position, ref int number, out int length)
    {
        int headerOffset = position;
        byte first = buffer[position];
        int deltaNibble = first >> 4;
        int lengthNibble = first & 0x0F;
        length = 0;
        if (deltaNibble == 15 || lengthNibble == 15)
        {
            return ReservedNibble(first, headerOffset + baseOffset);
        }

        int cursor = headerOffset + 1;
        if (!TryExtend(buffer, ref cursor, deltaNibble, out int delta) || !TryExtend(buffer, ref cursor, lengthNibble, out int valueLength))
        {
            return ExtensionTruncated(headerOffset + baseOffset);
        }

        int previous = number;
        int sum = previous + delta;
        if (sum > ushort.MaxValue)
        {
            int wrapped = sum & 0xFFFF;
            if (wrapped >= previous)
            {
                return NumberRange(previous, delta, headerOffset + baseOffset);
            }

            if (valueLength > buffer.Length - cursor)
            {
                return ValueTruncated(wrapped, valueLength, buffer.Length - cursor, headerOffset + baseOffset);
            }

            number = wrapped;
            length = valueLength;
            position = cursor;
            return OutOfOrder(previous, wrapped, delta, headerOffset + baseOffset);
        }

        if (valueLength > buffer.Length - cursor)
        {
            return ValueTruncated(sum, valueLength, buffer.Length - cursor, headerOffset + baseOffset);
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
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static CoapFormatError? CheckDefinition(int number, bool repeatsPrevious, int length, int headerOffset) =>
        CheckDefinition(OptionRegistry.Lookup(number), repeatsPrevious, length, headerOffset);

    /// <summary>The same check against a given definition (null: an unknown option, which passes).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static CoapFormatError? CheckDefinition(OptionDefinition? definition, bool repeatsPrevious, int length, int headerOffset)
    {
        if (definition is null || ((!repeatsPrevious || definition.Repeatable) && length >= definition.MinLength && length <= definition.MaxLength))
        {
            return null;
        }

        return DefinitionBroken(definition, repeatsPrevious, length, headerOffset);
    }

    // The error builders below stay out of line so that the reading loop stays small.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static CoapFormatError DefinitionBroken(OptionDefinition definition, bool repeatsPrevious, int length, int headerOffset)
    {
        if (repeatsPrevious && !definition.Repeatable)
        {
            return new(CoapRuleIds.OptionRepeated, $"{definition.Name} is not repeatable but occurs again", headerOffset, "RFC 7252 §5.4.5");
        }

        string format = definition.Format == OptionFormat.UInt ? "uint " : string.Empty;
        return new(CoapRuleIds.OptionLengthRange, $"{definition.Name} {format}value is {length} bytes; its definition allows {definition.MinLength}..{definition.MaxLength}", headerOffset, definition.Clause);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static CoapFormatError ReservedNibble(byte first, int offset) => (first >> 4) == 15
        ? new(CoapRuleIds.OptionDelta15, $"Option delta nibble 15 is reserved (byte 0x{first:x2} is not the payload marker)", offset, "RFC 7252 §3.1")
        : new(CoapRuleIds.OptionLength15, $"Option length nibble 15 is reserved (byte 0x{first:x2})", offset, "RFC 7252 §3.1");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static CoapFormatError ExtensionTruncated(int offset) =>
        new(CoapRuleIds.OptionTruncated, "Option header extension runs past the end of the message", offset, "RFC 7252 §3.1");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static CoapFormatError ValueTruncated(int number, int valueLength, int remaining, int offset) =>
        new(CoapRuleIds.OptionTruncated, $"Option {OptionRegistry.NameOf(number)} declares {valueLength} value bytes but {remaining} remain", offset, "RFC 7252 §3.1");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static CoapFormatError NumberRange(int previous, int delta, int offset) =>
        new(CoapRuleIds.OptionNumberRange, $"Option delta {delta} after option {previous} gives number {previous + delta}, beyond 65535", offset, "RFC 7252 §3.1");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static CoapFormatError OutOfOrder(int previous, int wrapped, int delta, int offset) =>
        new(CoapRuleIds.OptionOrder, $"Option {OptionRegistry.NameOf(wrapped)} follows option {previous}: options must be in ascending number order (delta {delta} is a negative delta written in 16 bits)", offset, "RFC 7252 §3.1");

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
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
