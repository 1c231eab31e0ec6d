namespace Harness.Protocol.Coap;

/// <summary>
/// Outcome of decoding one datagram or frame. A struct so that a successful strict decode allocates
/// only the message. In strict mode a message and errors never coexist; in lax mode the message is
/// the best-effort reading and <see cref="Errors"/> lists what was wrong.
/// </summary>
public readonly struct CoapDecodeResult
{
    private readonly IReadOnlyList<CoapFormatError>? errors;

    public CoapDecodeResult(CoapMessage? message, IReadOnlyList<CoapFormatError>? errors)
    {
        Message = message;
        this.errors = errors;
    }

    public CoapMessage? Message { get; }

    public IReadOnlyList<CoapFormatError> Errors => errors ?? [];

    public bool IsValid => Message is not null && Errors.Count == 0;

    public CoapFormatError? FirstError => Errors.Count > 0 ? Errors[0] : null;

    public static CoapDecodeResult Success(CoapMessage message) => new(message, null);

    public static CoapDecodeResult Failure(CoapFormatError error) => new(null, [error]);

    /// <summary>The message, or the codec's exception naming the first violated rule.</summary>
    public CoapMessage GetMessageOrThrow() =>
        IsValid ? Message! : throw new CoapFormatException(FirstError ?? new CoapFormatError(CoapRuleIds.Unknown, "No message", 0, "RFC 7252 §3"));
}
