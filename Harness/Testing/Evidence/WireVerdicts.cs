using System.Globalization;
using Harness.Runtime.Analysis;
using Harness.Testing.Verdicts;

namespace Harness.Testing.Evidence;

/// <summary>
/// Turns the wire analyzer's report on a test's capture into checks beside the live ones: a violation fails the
/// test, a warning makes it at worst Inconclusive, a rule that could not run is an Error, and a clean capture is
/// one Pass. Each check names the rule, its clause and the step of the offending message.
/// </summary>
public static class WireVerdicts
{
    /// <summary>The prefix of every wire check's reason.</summary>
    public const string Prefix = "wire";

    /// <summary>Whether <paramref name="check"/> was made by the wire analysis rather than by the live test.</summary>
    public static bool IsWireCheck(VerdictCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        return check.Reason.StartsWith(Prefix + " ", StringComparison.Ordinal);
    }

    /// <summary>The checks for <paramref name="report"/>, steps found from <paramref name="steps"/> by the offending message's time.</summary>
    public static IReadOnlyList<VerdictCheck> Judge(WireAnalysisReport report, IReadOnlyList<StepRecord> steps)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(steps);
        var checks = new List<VerdictCheck>();
        foreach (var finding in report.Findings)
        {
            checks.Add(new VerdictCheck(finding.Severity == WireFindingSeverity.Violation ? Verdict.Fail : Verdict.Inconclusive, $"{Prefix} [{finding.RuleId}]: {finding.Description}")
            {
                SpecClause = finding.Clause,
                Step = StepOf(report.Timeline, finding, steps),
                Expected = finding.Expected,
                Actual = finding.Actual,
            });
        }

        foreach (var failure in report.RuleFailures)
        {
            checks.Add(new VerdictCheck(Verdict.Error, $"{Prefix} rule {failure.RuleId} could not judge the capture: {failure.Error.GetType().Name}: {failure.Error.Message}")
            {
                Actual = failure.Error.ToString(),
            });
        }

        if (checks.Count == 0)
        {
            var messages = report.Timeline.Messages.Count;
            checks.Add(new VerdictCheck(Verdict.Pass, string.Create(CultureInfo.InvariantCulture, $"{Prefix} analysis: {messages} message{(messages == 1 ? "" : "s")}, no violation")));
        }

        return checks;
    }

    private static int? StepOf(WireTimeline timeline, WireFinding finding, IReadOnlyList<StepRecord> steps)
    {
        if (finding.MessageIndexes.Count == 0 || finding.MessageIndexes[0] is var index && (index < 0 || index >= timeline.Messages.Count))
        {
            return null;
        }

        return StepComments.StepAt(steps, timeline.Messages[finding.MessageIndexes[0]].Time)?.Number;
    }
}
