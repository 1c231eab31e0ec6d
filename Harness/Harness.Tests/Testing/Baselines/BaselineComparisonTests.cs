using Harness.Testing.Baselines;
using Harness.Testing.Metadata;
using Harness.Testing.Verdicts;

namespace Harness.Tests.Testing.Baselines;

public class BaselineComparisonTests
{
    private static readonly Baseline Known = new(
    [
        new BaselineEntry { Test = "LightweightM2M-1.1-int-105", Reason = "late update" },
        new BaselineEntry { Test = "Cases.Read.Tlv", Reason = "TLV not done" },
        new BaselineEntry { Test = "LightweightM2M-1.1-int-999", Reason = "removed test" },
    ]);

    private static TestRunResult Result(string id, Verdict verdict, params string[] etsIds) =>
        new(new TestCaseMetadata(id) { EtsIds = etsIds }, verdict);

    [Test]
    public void Results_are_sorted_into_new_expected_fixed_pass_and_not_judged()
    {
        var comparison = Known.Compare(
        [
            Result("Cases.Registration.Update", Verdict.Fail, "LightweightM2M-1.1-int-105"),
            Result("Cases.Read.Tlv", Verdict.Pass),
            Result("Cases.Registration.Register", Verdict.OutOfTime, "LightweightM2M-1.1-int-101"),
            Result("Cases.Registration.Deregister", Verdict.Pass, "LightweightM2M-1.1-int-104"),
            Result("Cases.Lab.Reboot", Verdict.Inconclusive),
        ]);

        Assert.That(comparison.Results.Select(result => result.Classification), Is.EqualTo(new[]
        {
            BaselineClassification.ExpectedFailure,
            BaselineClassification.Fixed,
            BaselineClassification.NewFailure,
            BaselineClassification.Pass,
            BaselineClassification.NotJudged,
        }));
        Assert.That(comparison.Results[0].Entry!.Reason, Is.EqualTo("late update"));
        Assert.That(comparison.HasNewFailures, Is.True);
        Assert.That(comparison.UnmatchedEntries.Select(entry => entry.Test), Is.EqualTo(new[] { "LightweightM2M-1.1-int-999" }));
    }

    [Test]
    public void Only_expected_failures_is_not_a_broken_run()
    {
        var comparison = Known.Compare([Result("Cases.Registration.Update", Verdict.Error, "LightweightM2M-1.1-int-105")]);

        Assert.That(comparison.HasNewFailures, Is.False);
        Assert.That(comparison.Of(BaselineClassification.ExpectedFailure).Count(), Is.EqualTo(1));
    }

    [Test]
    public void Without_a_baseline_every_failure_is_new() =>
        Assert.That(Baseline.Empty.Compare([Result("Cases.X", Verdict.Fail)]).Results.Single().Classification,
            Is.EqualTo(BaselineClassification.NewFailure));
}
