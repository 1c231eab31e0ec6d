using Harness.Protocol.Coap;

namespace Harness.Protocol.Lwm2m.Content;

/// <summary>
/// Outcome of decoding a payload. Strict: content or the violations that rejected it, never both
/// (Should-level findings may accompany content). Lax: the best-effort content and every violation.
/// Errors reuse <see cref="CoapFormatError"/>: rule id, message, byte offset, clause, level.
/// </summary>
public sealed record Lwm2mDecodeResult(Lwm2mContent? Content, IReadOnlyList<CoapFormatError> Errors)
{
    public bool IsValid => Content is not null && !Errors.Any(e => e.Level == RequirementLevel.Must);

    public static Lwm2mDecodeResult Success(Lwm2mContent content) => new(content, []);

    public static Lwm2mDecodeResult Failure(CoapFormatError error) => new(null, [error]);

    public Lwm2mContent GetContentOrThrow() =>
        IsValid ? Content! : throw new CoapFormatException(Errors.FirstOrDefault(e => e.Level == RequirementLevel.Must)
            ?? new CoapFormatError(CoapRuleIds.Unknown, "No content", 0, "OMA-TS-LightweightM2M_Core §7.4"));
}
