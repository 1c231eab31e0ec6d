using Harness.Protocol.Coap;

namespace Harness.Protocol.Lwm2m.Content.SenmlCbor;

/// <summary>
/// The paths a Read-Composite or Observe-Composite request names. Strict: paths or the violation that
/// rejected them (Should findings may accompany paths); lax: the paths read and every violation.
/// </summary>
public sealed record Lwm2mPathListDecodeResult(IReadOnlyList<Lwm2mPath>? Paths, IReadOnlyList<CoapFormatError> Errors)
{
    public bool IsValid => Paths is not null && !Errors.Any(e => e.Level == RequirementLevel.Must);
}
