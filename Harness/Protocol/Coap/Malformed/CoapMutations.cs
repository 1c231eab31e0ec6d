namespace Harness.Protocol.Coap.Malformed;

/// <summary>
/// Named ways to break a correct message, each changing exactly what its name says so that a negative
/// test knows which rule and byte offset the receiver should report (RULES.md lists the rules).
/// </summary>
public static class CoapMutations
{
    /// <summary>Token length nibble set to <paramref name="nibble"/> (0..15); token bytes untouched.</summary>
    public static RawCoapMessage WithTokenLengthNibble(this RawCoapMessage message, int nibble) =>
        NotNull(message) with { TokenLengthNibble = nibble };

    public static RawCoapMessage WithVersion(this RawCoapMessage message, int version) =>
        NotNull(message) with { Version = version };

    public static RawCoapMessage WithType(this RawCoapMessage message, CoapMessageType type) =>
        NotNull(message) with { Type = (int)type };

    public static RawCoapMessage WithCode(this RawCoapMessage message, CoapCode code) =>
        NotNull(message) with { Code = code.Value };

    /// <summary>Delta nibble of option <paramref name="index"/> set to the reserved 15; extensions kept.</summary>
    public static RawCoapMessage WithReservedDeltaNibble(this RawCoapMessage message, int index) =>
        ReplaceOption(message, index, o => o with { DeltaNibble = 15 });

    /// <summary>Length nibble of option <paramref name="index"/> set to the reserved 15; extensions kept.</summary>
    public static RawCoapMessage WithReservedLengthNibble(this RawCoapMessage message, int index) =>
        ReplaceOption(message, index, o => o with { LengthNibble = 15 });

    /// <summary>Option <paramref name="index"/> gets <paramref name="value"/> and the length header that fits it.</summary>
    public static RawCoapMessage WithOptionValue(this RawCoapMessage message, int index, ReadOnlyMemory<byte> value) =>
        ReplaceOption(message, index, o => o.WithValue(value));

    /// <summary>Option <paramref name="index"/> gets <paramref name="delta"/> (0..65804) in a fitting header.</summary>
    public static RawCoapMessage WithOptionDelta(this RawCoapMessage message, int index, int delta) =>
        ReplaceOption(message, index, o => o.WithDelta(delta));

    /// <summary>
    /// Options <paramref name="first"/> and <paramref name="second"/> trade places. A sender that writes
    /// options unsorted has to encode the negative delta somehow; this writes it in 16 bits, as a
    /// sender computing deltas with unsigned 16-bit arithmetic does.
    /// </summary>
    public static RawCoapMessage WithOptionsSwapped(this RawCoapMessage message, int first, int second)
    {
        var numbers = NotNull(message).OptionNumbers().ToList();
        var values = message.Options.Select(o => o.Value).ToList();
        (numbers[first], numbers[second]) = (numbers[second], numbers[first]);
        (values[first], values[second]) = (values[second], values[first]);
        var options = new List<RawCoapOption>(numbers.Count);
        int previous = 0;
        for (int i = 0; i < numbers.Count; i++)
        {
            options.Add(RawCoapOption.Encode((numbers[i] - previous) & 0xFFFF, values[i]));
            previous = numbers[i];
        }

        return message with { Options = options };
    }

    /// <summary>Option <paramref name="index"/> occurs twice in a row (the copy has delta 0).</summary>
    public static RawCoapMessage WithDuplicateOption(this RawCoapMessage message, int index)
    {
        var options = NotNull(message).Options.ToList();
        options.Insert(index + 1, RawCoapOption.Encode(0, options[index].Value));
        return message with { Options = options };
    }

    /// <summary>Payload marker present with nothing after it.</summary>
    public static RawCoapMessage WithEmptyPayloadAfterMarker(this RawCoapMessage message) =>
        NotNull(message) with { PayloadMarker = true, Payload = ReadOnlyMemory<byte>.Empty };

    /// <summary>Payload bytes written without the marker: the receiver reads them as options.</summary>
    public static RawCoapMessage WithoutPayloadMarker(this RawCoapMessage message) =>
        NotNull(message) with { PayloadMarker = false };

    /// <summary>Code 0.00 with type, token and token length kept; options and payload dropped.</summary>
    public static RawCoapMessage AsEmptyWithToken(this RawCoapMessage message) =>
        NotNull(message) with { Code = 0, Options = [], PayloadMarker = false, Payload = ReadOnlyMemory<byte>.Empty };

    /// <summary>
    /// The datagram ends inside the value of option <paramref name="index"/>: its header still declares
    /// the full length but only <paramref name="valueBytesKept"/> value bytes follow.
    /// </summary>
    public static RawCoapMessage WithTruncatedOption(this RawCoapMessage message, int index, int valueBytesKept = 0)
    {
        var options = NotNull(message).Options.Take(index + 1).ToList();
        var cut = options[index];
        ArgumentOutOfRangeException.ThrowIfNegative(valueBytesKept);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(valueBytesKept, cut.Value.Length);
        options[index] = cut with { Value = cut.Value[..valueBytesKept] };
        return message with { Options = options, PayloadMarker = false, Payload = ReadOnlyMemory<byte>.Empty };
    }

    /// <summary>The datagram ends inside the header extension of option <paramref name="index"/>.</summary>
    public static RawCoapMessage WithTruncatedOptionHeader(this RawCoapMessage message, int index)
    {
        var options = NotNull(message).Options.Take(index + 1).ToList();
        var cut = options[index];
        if (cut.DeltaExtension.IsEmpty && cut.LengthExtension.IsEmpty)
        {
            throw new ArgumentException($"Option {index} has no header extension to cut", nameof(index));
        }

        options[index] = cut.DeltaExtension.IsEmpty
            ? cut with { LengthExtension = cut.LengthExtension[..^1], Value = ReadOnlyMemory<byte>.Empty }
            : cut with { DeltaExtension = cut.DeltaExtension[..^1], LengthExtension = ReadOnlyMemory<byte>.Empty, Value = ReadOnlyMemory<byte>.Empty };
        return message with { Options = options, PayloadMarker = false, Payload = ReadOnlyMemory<byte>.Empty };
    }

    private static RawCoapMessage ReplaceOption(RawCoapMessage message, int index, Func<RawCoapOption, RawCoapOption> change)
    {
        var options = NotNull(message).Options.ToList();
        options[index] = change(options[index]);
        return message with { Options = options };
    }

    private static RawCoapMessage NotNull(RawCoapMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return message;
    }
}
