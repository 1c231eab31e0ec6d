using Harness.Testing.Verdicts;
using NUnit.Framework.Interfaces;

namespace Harness.Tests.Testing.Verdicts;

public class NUnitVerdictMappingTests
{
    private static TestVerdict VerdictOf(params VerdictCheck[] checks)
    {
        var collector = new VerdictCollector();
        foreach (var check in checks)
        {
            collector.Record(check);
        }

        return collector.Result;
    }

    [Test]
    public void Pass_returns_without_an_exception() =>
        Assert.That(() => NUnitVerdictMapping.Report(VerdictOf(new VerdictCheck(Verdict.Pass, "ok"))), Throws.Nothing);

    [Test]
    public void Fail_is_an_assertion_failure_listing_every_failing_check()
    {
        var verdict = VerdictOf(
            new VerdictCheck(Verdict.Fail, "ep missing") { Step = 2 },
            new VerdictCheck(Verdict.Pass, "answered"),
            new VerdictCheck(Verdict.Fail, "lifetime missing") { Step = 3 });

        var failure = Assert.Throws<AssertionException>(() => NUnitVerdictMapping.Report(verdict));

        Assert.That(failure.ResultState, Is.EqualTo(ResultState.Failure));
        Assert.That(failure.Message, Does.Contain("ep missing").And.Contain("lifetime missing").And.Not.Contain("answered"));
    }

    [Test]
    public void Out_of_time_is_a_failure_that_states_the_deadline()
    {
        var verdict = VerdictOf(new VerdictCheck(Verdict.OutOfTime, "no Update") { Deadline = TimeSpan.FromSeconds(5) });

        var failure = Assert.Throws<AssertionException>(() => NUnitVerdictMapping.Report(verdict));

        Assert.That(failure.Message, Does.Contain("OutOfTime").And.Contain("deadline 5000 ms"));
    }

    [Test]
    public void Error_is_a_harness_error_not_an_nunit_assertion()
    {
        var verdict = VerdictOf(new VerdictCheck(Verdict.Fail, "x"), new VerdictCheck(Verdict.Error, "port in use"));

        var error = Assert.Throws<HarnessErrorException>(() => NUnitVerdictMapping.Report(verdict));

        Assert.That(error.Message, Does.Contain("port in use").And.Not.Contain("[Fail]"));
    }

    [Test]
    public void Inconclusive_maps_to_assert_inconclusive()
    {
        var verdict = VerdictOf(new VerdictCheck(Verdict.Inconclusive, "operator gave no answer"));

        var outcome = Assert.Throws<InconclusiveException>(() => NUnitVerdictMapping.Report(verdict));

        Assert.That(outcome.Message, Does.Contain("operator gave no answer"));
    }

    [Test]
    public void Not_applicable_is_ignored_with_the_ics_reason()
    {
        var verdict = VerdictOf(new VerdictCheck(Verdict.NotApplicable, "ICS: binding tcp not supported"));

        var outcome = Assert.Throws<IgnoreException>(() => NUnitVerdictMapping.Report(verdict));

        Assert.That(outcome.Message, Does.Contain("ICS: binding tcp not supported"));
    }
}
