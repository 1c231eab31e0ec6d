using Harness.Testing.Baselines;
using Harness.Testing.Suite;
using Harness.Testing.Verdicts;

namespace Harness.Tests.Interop.NodeLib;

/// <summary>
/// What one test case must make of lwm2m-node-lib: the verdict; for a failure the ETS step of the first
/// failing check, a fragment of its reason and a fragment of what it saw on the wire; and how the plan's
/// baseline classes the result.
/// </summary>
internal sealed record NodeLibExpectation(string Case, Verdict Verdict, int Step, string ReasonFragment, string ActualFragment, BaselineClassification Classification)
{
    /// <summary>The first check with the test's verdict: the one a failure is explained by.</summary>
    public static VerdictCheck? Deciding(SuiteTestResult result) => result.Verdict.Deciding.FirstOrDefault();

    public bool Holds(SuiteTestResult result)
    {
        if (result.Overall != Verdict || result.Classification != Classification)
        {
            return false;
        }

        if (Verdict == Verdict.Pass)
        {
            return true;
        }

        var deciding = Deciding(result);
        return deciding is not null
            && deciding.Step == Step
            && deciding.Reason.Contains(ReasonFragment, StringComparison.Ordinal)
            && (deciding.Actual ?? string.Empty).Contains(ActualFragment, StringComparison.Ordinal);
    }

    public override string ToString() =>
        Verdict == Verdict.Pass ? $"Pass ({Classification})" : $"{Verdict} at step {Step} (\"{ReasonFragment}\", actual \"{ActualFragment}\", {Classification})";
}
