using Harness.Protocol.Coap;

namespace Harness.Protocol.Links;

/// <summary>
/// Outcome of parsing a link-format payload. Strict: either links or one error, never both. Lax: the
/// links that could be read, and every rule passed over on the way.
/// </summary>
public sealed record LinkFormatParseResult(IReadOnlyList<Link> Links, IReadOnlyList<CoapFormatError> Errors)
{
    public bool IsValid => Errors.Count == 0;

    public CoapFormatError? FirstError => Errors.Count > 0 ? Errors[0] : null;

    /// <summary>The links, or the parser's exception naming the first violated rule.</summary>
    public IReadOnlyList<Link> GetLinksOrThrow() => IsValid ? Links : throw new LinkFormatException(Errors[0]);
}
