using Harness.Protocol.Coap;

namespace Harness.Protocol.Lwm2m.Content.SenmlJson;

/// <summary>Outcome of decoding a SenML-ETCH Patch Pack; strict and lax as for <see cref="Lwm2mDecodeResult"/>.</summary>
public sealed record Lwm2mPatchDecodeResult(Lwm2mContentPatch? Patch, IReadOnlyList<CoapFormatError> Errors)
{
    public bool IsValid => Patch is not null && !Errors.Any(e => e.Level == RequirementLevel.Must);

    public Lwm2mContentPatch GetPatchOrThrow() =>
        IsValid ? Patch! : throw new CoapFormatException(Errors.First(e => e.Level == RequirementLevel.Must));
}
