namespace Harness.Runtime.Analysis;

/// <summary>How much a finding weighs: a violation of a MUST fails the test; a warning (SHOULD, or not decidable from the capture) only informs.</summary>
public enum WireFindingSeverity
{
    /// <summary>Breaks a MUST of the cited clause: the test's verdict becomes Fail.</summary>
    Violation,

    /// <summary>Breaks a SHOULD, or the capture cannot settle it: reported, the verdict becomes at worst Inconclusive.</summary>
    Warning,
}
