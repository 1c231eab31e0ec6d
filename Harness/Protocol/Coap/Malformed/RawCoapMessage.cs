namespace Harness.Protocol.Coap.Malformed;

/// <summary>
/// A CoAP/UDP datagram described field by field as it goes on the wire (RFC 7252 §3): version, type,
/// the token length nibble (independent of the token bytes), code, message id, token bytes, options in
/// wire order with their raw headers, payload marker presence and payload. Start from
/// <see cref="From"/> (a correct message) and change fields with <see cref="CoapMutations"/>.
/// </summary>
public sealed record RawCoapMessage
{
    public int Version { get; init; } = CoapUdpCodec.Version;

    public int Type { get; init; }

    public int TokenLengthNibble { get; init; }

    public byte Code { get; init; }

    public ushort MessageId { get; init; }

    public ReadOnlyMemory<byte> Token { get; init; }

    public IReadOnlyList<RawCoapOption> Options { get; init; } = [];

    public bool PayloadMarker { get; init; }

    public ReadOnlyMemory<byte> Payload { get; init; }

    /// <summary>Total bytes <see cref="MalformedCoapWriter"/> writes.</summary>
    public int Length => CoapUdpCodec.HeaderLength + Token.Length + Options.Sum(o => o.Size) + (PayloadMarker ? 1 : 0) + Payload.Length;

    /// <summary>Where the first option (or the marker, or the end) starts.</summary>
    public int OptionsOffset => CoapUdpCodec.HeaderLength + Token.Length;

    /// <summary>Where the payload marker is, or would be.</summary>
    public int PayloadMarkerOffset => OptionsOffset + Options.Sum(o => o.Size);

    /// <summary>The exact description of a correct message's encoding.</summary>
    public static RawCoapMessage From(CoapMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var options = new List<RawCoapOption>();
        int previous = 0;
        foreach (var option in message.Options)
        {
            options.Add(RawCoapOption.Encode(option.Number - previous, option.Value));
            previous = option.Number;
        }

        return new RawCoapMessage
        {
            Type = (int)message.Type,
            TokenLengthNibble = message.Token.Length,
            Code = message.Code.Value,
            MessageId = message.MessageId,
            Token = message.Token,
            Options = options,
            PayloadMarker = !message.Payload.IsEmpty,
            Payload = message.Payload,
        };
    }

    /// <summary>The option numbers a decoder computes from the declared deltas, in wire order.</summary>
    public IReadOnlyList<int> OptionNumbers()
    {
        var numbers = new List<int>(Options.Count);
        int number = 0;
        foreach (var option in Options)
        {
            number += option.DeclaredDelta;
            numbers.Add(number);
        }

        return numbers;
    }

    /// <summary>Byte offset of the header of option <paramref name="index"/>.</summary>
    public int OptionOffset(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Options.Count);
        return OptionsOffset + Options.Take(index).Sum(o => o.Size);
    }
}
