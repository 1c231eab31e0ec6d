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
    public void A_pass_is_explained_by_its_last_live_check_rather_than_the_wire_analysis()
    {
        var result = Result(Verdict.Pass,
            new VerdictCheck(Verdict.Pass, "step 3 passed"),
            new VerdictCheck(Verdict.Pass, "wire analysis: 4 messages, no violation"));

        Assert.That(result.DecidingReason, Is.EqualTo("step 3 passed"));
    }

    [Test]
    public void A_pass_with_only_the_wire_analysis_is_explained_by_it()
    {
        var result = Result(Verdict.Pass, new VerdictCheck(Verdict.Pass, "wire analysis: 0 messages, no violation"));

        Assert.That(result.DecidingReason, Is.EqualTo("wire analysis: 0 messages, no violation"));
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
