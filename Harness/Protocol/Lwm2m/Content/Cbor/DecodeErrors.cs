using Harness.Protocol.Coap;

namespace Harness.Protocol.Lwm2m.Content.Cbor;

/// <summary>
/// Violations found while decoding one payload. Strict results keep the Must violation nearest the start
/// of the payload (or content plus Should findings); lax results keep the content and every violation.
/// </summary>
internal sealed class DecodeErrors
{
    private List<CoapFormatError>? _errors;

    public DecodeErrors(CoapDecodeMode mode) => Mode = mode;

    public CoapDecodeMode Mode { get; }

    public bool HasMust { get; private set; }

    public IReadOnlyList<CoapFormatError> All => _errors ?? (IReadOnlyList<CoapFormatError>)[];

    public void Add(string rule, string message, int offset, string clause, RequirementLevel level = RequirementLevel.Must)
    {
        (_errors ??= []).Add(new CoapFormatError(rule, message, offset, clause, level));
        HasMust |= level == RequirementLevel.Must;
    }

    public Lwm2mDecodeResult ToResult(Lwm2mContent? content)
    {
        if (_errors is null)
        {
            return content is null
                ? Lwm2mDecodeResult.Failure(new CoapFormatError(CoapRuleIds.Unknown, "No content", 0, "OMA-TS-LightweightM2M_Core §7.4"))
                : Lwm2mDecodeResult.Success(content);
        }

        var ordered = _errors.OrderBy(e => e.Offset).ToList();
        if (Mode == CoapDecodeMode.Lax)
        {
            return new Lwm2mDecodeResult(content, ordered);
        }

        return HasMust
            ? new Lwm2mDecodeResult(null, [ordered.First(e => e.Level == RequirementLevel.Must)])
            : new Lwm2mDecodeResult(content, ordered);
    }

    /// <summary>The errors as a strict or lax result of another shape would carry them.</summary>
    public IReadOnlyList<CoapFormatError> ForResult()
    {
        var ordered = All.OrderBy(e => e.Offset).ToList();
        return Mode == CoapDecodeMode.Strict && HasMust ? [ordered.First(e => e.Level == RequirementLevel.Must)] : ordered;
    }
}
