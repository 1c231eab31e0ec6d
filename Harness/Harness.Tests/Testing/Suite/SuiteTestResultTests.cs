using Harness.Testing.Metadata;
using Harness.Testing.Suite;
using Harness.Testing.Verdicts;

namespace Harness.Tests.Testing.Suite;

public sealed class SuiteTestResultTests
{
    [Test]
    public void A_pass_is_explained_by_its_last_check()
    {
        var result = Result(Verdict.Pass, new VerdictCheck(Verdict.Pass, "preamble"), new VerdictCheck(Verdict.Pass, "step 3 passed"));

        Assert.That(result.DecidingReason, Is.EqualTo("step 3 passed"));
    }

    [Test]
    public void A_failure_is_explained_by_its_first_failing_check()
    {
        var result = Result(Verdict.Fail,
            new VerdictCheck(Verdict.Pass, "preamble"),
            new VerdictCheck(Verdict.Fail, "first mismatch"),
            new VerdictCheck(Verdict.Fail, "second mismatch"));

        Assert.That(result.DecidingReason, Is.EqualTo("first mismatch"));
    }

    private static SuiteTestResult Result(Verdict overall, params VerdictCheck[] checks) => new()
    {
        FullName = "Sample.Test",
        TestCase = new TestCaseMetadata("Sample.Test"),
        Title = "Test",
        Verdict = new TestVerdict(overall, checks),
        Published = true,
        Duration = TimeSpan.Zero,
    };
}
