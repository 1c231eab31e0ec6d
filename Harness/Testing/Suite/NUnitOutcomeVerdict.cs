using Harness.Testing.Verdicts;
using NUnit.Framework.Interfaces;

namespace Harness.Testing.Suite;

/// <summary>
/// Reads a verdict back from an NUnit result, for tests that published none (they threw, or are plain NUnit
/// tests), and lets the NUnit outcome make a published verdict worse (a failing TearDown after the verdict).
/// </summary>
internal static class NUnitOutcomeVerdict
{
    public static TestVerdict From(ITestResult result)
    {
        var state = result.ResultState;
        var message = string.IsNullOrWhiteSpace(result.Message) ? null : result.Message.Trim();
        var check = state.Status switch
        {
            TestStatus.Passed => new VerdictCheck(Verdict.Pass, "the test passed without publishing a verdict"),
            TestStatus.Inconclusive => new VerdictCheck(Verdict.Inconclusive, message ?? "NUnit reported the test inconclusive"),
            TestStatus.Skipped => new VerdictCheck(Verdict.NotApplicable, message ?? "NUnit skipped the test"),
            TestStatus.Warning => new VerdictCheck(Verdict.Inconclusive, message ?? "the test ended with a warning"),
            TestStatus.Failed when state.Label == ResultState.Cancelled.Label =>
                new VerdictCheck(Verdict.Inconclusive, message ?? "the run was stopped while the test ran"),
            TestStatus.Failed when state.Label == ResultState.Failure.Label && state.Site != FailureSite.SetUp && state.Site != FailureSite.Parent =>
                new VerdictCheck(Verdict.Fail, message ?? "NUnit reported a failure"),
            TestStatus.Failed => new VerdictCheck(Verdict.Error, Describe(state, message)) { Actual = FirstLines(result.StackTrace) },
            _ => new VerdictCheck(Verdict.Error, $"unknown NUnit outcome {state}"),
        };
        return new TestVerdict(check.Verdict, [check]);
    }

    /// <summary>The published verdict, with the NUnit outcome appended when that outcome is worse.</summary>
    public static TestVerdict Combine(TestVerdict published, ITestResult result)
    {
        var nunit = From(result);
        if (nunit.Overall <= published.Overall)
        {
            return published;
        }

        var late = nunit.Checks.Select(check => new VerdictCheck(check.Verdict, "after its verdict was published: " + check.Reason) { Actual = check.Actual });
        var checks = published.Checks.Concat(late).ToList();
        return new TestVerdict(VerdictCombination.Worst(checks.Select(check => check.Verdict)), checks);
    }

    private static string Describe(ResultState state, string? message)
    {
        var where = state.Site is FailureSite.Test ? string.Empty : $" in {state.Site}";
        return $"the test ended with {(string.IsNullOrEmpty(state.Label) ? "an error" : state.Label)}{where}: {message ?? "no message"}";
    }

    private static string? FirstLines(string? stackTrace)
    {
        if (string.IsNullOrWhiteSpace(stackTrace))
        {
            return null;
        }

        return string.Join('\n', stackTrace.Split('\n').Take(5).Select(line => line.TrimEnd()));
    }
}
