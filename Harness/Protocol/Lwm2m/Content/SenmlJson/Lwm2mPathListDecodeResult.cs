using Harness.Protocol.Coap;

namespace Harness.Protocol.Lwm2m.Content.SenmlJson;

/// <summary>
/// Outcome of decoding a Read-/Observe-Composite request body: the paths in wire order. Strict: paths or
/// the error that rejected them. Lax: the paths that could be read and every rule passed over.
/// </summary>
public sealed record Lwm2mPathListDecodeResult(IReadOnlyList<Lwm2mPath>? Paths, IReadOnlyList<CoapFormatError> Errors)
{
    public bool IsValid => Paths is not null && !Errors.Any(e => e.Level == RequirementLevel.Must);

    public IReadOnlyList<Lwm2mPath> GetPathsOrThrow() =>
        IsValid ? Paths! : throw new CoapFormatException(Errors.First(e => e.Level == RequirementLevel.Must));
}
