using Harness.Protocol.Coap;

namespace Harness.Protocol.Lwm2m.Content.SenmlCbor;

/// <summary>Outcome of decoding a SenML-ETCH payload; strict and lax as for <see cref="Lwm2mDecodeResult"/>.</summary>
public sealed record Lwm2mCompositeWriteDecodeResult(Lwm2mCompositeWrite? Write, IReadOnlyList<CoapFormatError> Errors)
{
    public bool IsValid => Write is not null && !Errors.Any(e => e.Level == RequirementLevel.Must);
}
