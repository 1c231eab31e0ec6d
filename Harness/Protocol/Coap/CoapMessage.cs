using System.Text;

namespace Harness.Protocol.Coap;

/// <summary>
/// An immutable CoAP message. Over UDP all fields are on the wire; over TCP (RFC 8323) the type and
/// message id are absent and are left at their defaults. Token, options and payload may be slices of
/// a received buffer: decoding copies nothing.
/// </summary>
public sealed partial class CoapMessage : IEquatable<CoapMessage>
{
    public const int MaxTokenLength = 8;

    public CoapMessage(
        CoapMessageType type,
        CoapCode code,
        ushort messageId = 0,
        ReadOnlyMemory<byte> token = default,
        IEnumerable<CoapOption>? options = null,
        ReadOnlyMemory<byte> payload = default)
        : this(type, code, messageId, token, CoapOptionList.Encode(options ?? []), payload)
    {
    }

    public CoapMessage(
        CoapMessageType type,
        CoapCode code,
        ushort messageId,
        ReadOnlyMemory<byte> token,
        CoapOptionList options,
        ReadOnlyMemory<byte> payload)
    {
        if (token.Length > MaxTokenLength)
        {
            throw new ArgumentException($"Token of {token.Length} bytes exceeds 8 (RFC 7252 §3); use the malformed encoder for that", nameof(token));
        }

        Type = type;
        Code = code;
        MessageId = messageId;
        Token = token;
        Options = options;
        Payload = payload;
    }

    public CoapMessageType Type { get; }

    public CoapCode Code { get; }

    public ushort MessageId { get; }

    public ReadOnlyMemory<byte> Token { get; }

    public CoapOptionList Options { get; }

    public ReadOnlyMemory<byte> Payload { get; }

    public bool IsRequest => Code.IsRequest;

    public bool IsResponse => Code.IsResponse;

    public bool IsEmpty => Code.IsEmpty;

    public CoapMessage WithType(CoapMessageType type) => new(type, Code, MessageId, Token, Options, Payload);

    public CoapMessage WithCode(CoapCode code) => new(Type, code, MessageId, Token, Options, Payload);

    public CoapMessage WithMessageId(ushort messageId) => new(Type, Code, messageId, Token, Options, Payload);

    public CoapMessage WithToken(ReadOnlyMemory<byte> token) => new(Type, Code, MessageId, token, Options, Payload);

    public CoapMessage WithPayload(ReadOnlyMemory<byte> payload) => new(Type, Code, MessageId, Token, Options, payload);

    public CoapMessage WithPayload(string text) => WithPayload(Encoding.UTF8.GetBytes(text));

    public CoapMessage WithOptions(IEnumerable<CoapOption> options) => new(Type, Code, MessageId, Token, CoapOptionList.Encode(options), Payload);

    /// <summary>Adds options after any existing options of the same number.</summary>
    public CoapMessage WithAddedOptions(params IEnumerable<CoapOption> options) => WithOptions(Options.Concat(options));

    public CoapMessage WithoutOption(int number) => WithOptions(Options.Where(o => o.Number != number));

    /// <summary>Replaces every instance of the options' numbers by the given ones.</summary>
    public CoapMessage WithReplacedOption(params IEnumerable<CoapOption> options)
    {
        var replacements = options.ToList();
        var numbers = replacements.Select(o => o.Number).ToHashSet();
        return WithOptions(Options.Where(o => !numbers.Contains(o.Number)).Concat(replacements));
    }

    public bool Equals(CoapMessage? other) =>
        other is not null
        && Type == other.Type
        && Code == other.Code
        && MessageId == other.MessageId
        && Token.Span.SequenceEqual(other.Token.Span)
        && Options.Equals(other.Options)
        && Payload.Span.SequenceEqual(other.Payload.Span);

    public override bool Equals(object? obj) => Equals(obj as CoapMessage);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Type);
        hash.Add(Code);
        hash.Add(MessageId);
        hash.AddBytes(Token.Span);
        hash.Add(Options);
        hash.AddBytes(Payload.Span);
        return hash.ToHashCode();
    }
}
