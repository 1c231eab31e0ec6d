namespace Harness.Runtime.Analysis;

/// <summary>What the wire analyzer made of one capture: the timeline, every finding in message order, and how each rule fared.</summary>
public sealed class WireAnalysisReport
{
    public WireAnalysisReport(WireTimeline timeline, IReadOnlyList<WireFinding> findings, IReadOnlyDictionary<string, int> findingsPerRule, IReadOnlyList<WireRuleFailure> ruleFailures)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(findingsPerRule);
        ArgumentNullException.ThrowIfNull(ruleFailures);
        Timeline = timeline;
        Findings = findings;
        FindingsPerRule = findingsPerRule;
        RuleFailures = ruleFailures;
    }

    public WireTimeline Timeline { get; }

    /// <summary>Every finding, sorted by the first message it points at (findings without messages last), then by rule order.</summary>
    public IReadOnlyList<WireFinding> Findings { get; }

    /// <summary>Findings per rule id, for every rule that ran (zero included).</summary>
    public IReadOnlyDictionary<string, int> FindingsPerRule { get; }

    /// <summary>Rules that threw: their findings are unknown, which a verdict must not take for "none".</summary>
    public IReadOnlyList<WireRuleFailure> RuleFailures { get; }

    /// <summary>Whether any finding breaks a MUST.</summary>
    public bool HasViolations => Findings.Any(f => f.Severity == WireFindingSeverity.Violation);
}
