using Harness.Testing.Suite;
using Harness.Testing.Verdicts;

namespace Harness.Tests.SampleCases;

/// <summary>Ends a sample test the way real test cases do: publish the typed verdict, then map it to NUnit.</summary>
public static class SampleVerdicts
{
    /// <summary>Publishes one check as the test's verdict and reports it to NUnit.</summary>
    public static void End(VerdictCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        var verdict = new TestVerdict(check.Verdict, [check]);
        VerdictJournal.Publish(TestContext.CurrentContext.Test.FullName, verdict);
        NUnitVerdictMapping.Report(verdict);
    }

    /// <summary>The plan path the runner passed as a test parameter, or a note that none came.</summary>
    public static string PlanParameter() =>
        TestContext.Parameters.Get(SuiteParameters.TestPlan) ?? "(no testplan parameter)";
}
