namespace Harness.Testing.Verdicts;

/// <summary>
/// The outcome of one check or of a whole test case. The numeric order is the severity order used
/// by <see cref="VerdictCombination"/>: combining two verdicts keeps the more severe one.
/// </summary>
/// <remarks>
/// NotApplicable is the least severe because it judges nothing: it gives way to any verdict that
/// does. OutOfTime sits above Fail: the DUT missed a deadline, which is a failure of the DUT that
/// also ends the scenario, so it names the deadline rather than a content mismatch. Error stays on
/// top: when the harness itself broke, no other verdict about the DUT can be trusted.
/// </remarks>
public enum Verdict
{
    /// <summary>The ICS says the DUT does not support what the check needs; nothing was judged.</summary>
    NotApplicable = 0,

    /// <summary>The DUT did what the requirement asks.</summary>
    Pass = 1,

    /// <summary>Neither pass nor fail could be established (for example an operator did not answer).</summary>
    Inconclusive = 2,

    /// <summary>The DUT did not do what the requirement asks.</summary>
    Fail = 3,

    /// <summary>The DUT did not act within a deadline the protocol or the IXIT imposes.</summary>
    OutOfTime = 4,

    /// <summary>The harness or the test setup failed; the DUT is not judged.</summary>
    Error = 5,
}
