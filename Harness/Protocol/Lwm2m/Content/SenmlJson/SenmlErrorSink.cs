using Harness.Protocol.Coap;

namespace Harness.Protocol.Lwm2m.Content.SenmlJson;

/// <summary>
/// Collects the rules broken while decoding. Strict decoding stops at the first Must-level rule (that one
/// error is the verdict); lax decoding records every rule and carries on. Both tiers report in wire order,
/// so lax decoding's first Must-level error is the one strict decoding stops at.
/// </summary>
internal sealed class SenmlErrorSink
{
    private List<CoapFormatError>? _errors;

    public SenmlErrorSink(CoapDecodeMode mode) => Mode = mode;

    public CoapDecodeMode Mode { get; }

    public bool IsLax => Mode == CoapDecodeMode.Lax;

    /// <summary>The first Must-level error, or null while there is none.</summary>
    public CoapFormatError? FirstMust { get; private set; }

    /// <summary>True once strict decoding has met a Must-level rule and must stop.</summary>
    public bool Stopped => !IsLax && FirstMust is not null;

    public IReadOnlyList<CoapFormatError> Errors => _errors ?? (IReadOnlyList<CoapFormatError>)[];

    /// <summary>Records a broken Must-level rule; false when decoding must stop (strict).</summary>
    public bool Must(string rule, string message, int offset, string clause) =>
        Add(new CoapFormatError(rule, message, offset, clause, RequirementLevel.Must));

    /// <summary>Records a Should-level finding; decoding always goes on.</summary>
    public void Should(string rule, string message, int offset, string clause) =>
        Add(new CoapFormatError(rule, message, offset, clause, RequirementLevel.Should));

    public bool Add(CoapFormatError error)
    {
        (_errors ??= []).Add(error);
        if (error.Level == RequirementLevel.Must && FirstMust is null)
        {
            FirstMust = error;
        }

        return !Stopped;
    }

    /// <summary>What a strict failure reports: the one Must-level error.</summary>
    public IReadOnlyList<CoapFormatError> Verdict => Stopped ? [FirstMust!] : Errors;
}
