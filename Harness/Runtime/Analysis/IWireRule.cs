namespace Harness.Runtime.Analysis;

/// <summary>A check applied to a whole capture's timeline, independently of what the live test saw.</summary>
public interface IWireRule
{
    /// <summary>Stable id used in findings, fixtures and reports, e.g. "WIRE-RETRANSMIT".</summary>
    string Id { get; }

    /// <summary>The clause the rule enforces.</summary>
    string Clause { get; }

    /// <summary>What the rule checks, in one line (for `analyze --rules` and reports).</summary>
    string Title { get; }

    /// <summary>Every violation in <paramref name="timeline"/>; only messages sent by a judged endpoint (see <see cref="WireAnalysisSettings.IsJudged"/>) may be at fault.</summary>
    IEnumerable<WireFinding> Check(WireTimeline timeline, WireAnalysisSettings settings);
}
