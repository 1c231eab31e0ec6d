using Harness.Testing.Verdicts;

namespace Harness.Tests.Testing.Verdicts;

public class VerdictCombinationTests
{
    private static readonly Verdict[] SeverityOrder =
        [Verdict.NotApplicable, Verdict.Pass, Verdict.Inconclusive, Verdict.Fail, Verdict.OutOfTime, Verdict.Error];

    [Test]
    public void Every_verdict_has_a_place_in_the_severity_order() =>
        Assert.That(SeverityOrder, Is.EquivalentTo(Enum.GetValues<Verdict>()));

    [Test]
    public void The_worst_of_two_is_the_later_one_in_the_severity_order()
    {
        for (var i = 0; i < SeverityOrder.Length; i++)
        {
            for (var j = 0; j < SeverityOrder.Length; j++)
            {
                var expected = SeverityOrder[Math.Max(i, j)];
                Assert.That(VerdictCombination.Worst(SeverityOrder[i], SeverityOrder[j]), Is.EqualTo(expected),
                    $"{SeverityOrder[i]} combined with {SeverityOrder[j]}");
            }
        }
    }

    [Test]
    public void Pass_then_inconclusive_then_fail_then_error_only_get_worse()
    {
        Assert.That(VerdictCombination.Worst([Verdict.Pass, Verdict.Inconclusive]), Is.EqualTo(Verdict.Inconclusive));
        Assert.That(VerdictCombination.Worst([Verdict.Fail, Verdict.Inconclusive, Verdict.Pass]), Is.EqualTo(Verdict.Fail));
        Assert.That(VerdictCombination.Worst([Verdict.Error, Verdict.Fail]), Is.EqualTo(Verdict.Error));
    }

    [Test]
    public void Not_applicable_gives_way_to_any_judged_verdict()
    {
        Assert.That(VerdictCombination.Worst([Verdict.NotApplicable, Verdict.Pass]), Is.EqualTo(Verdict.Pass));
        Assert.That(VerdictCombination.Worst([Verdict.NotApplicable, Verdict.NotApplicable]), Is.EqualTo(Verdict.NotApplicable));
        Assert.That(VerdictCombination.Worst([]), Is.EqualTo(Verdict.NotApplicable));
    }

    [Test]
    public void Out_of_time_outranks_fail_but_not_error()
    {
        Assert.That(VerdictCombination.Worst(Verdict.Fail, Verdict.OutOfTime), Is.EqualTo(Verdict.OutOfTime));
        Assert.That(VerdictCombination.Worst(Verdict.OutOfTime, Verdict.Error), Is.EqualTo(Verdict.Error));
    }

    [TestCase(Verdict.Fail, true)]
    [TestCase(Verdict.OutOfTime, true)]
    [TestCase(Verdict.Error, true)]
    [TestCase(Verdict.Inconclusive, false)]
    [TestCase(Verdict.Pass, false)]
    [TestCase(Verdict.NotApplicable, false)]
    public void Failures_are_fail_out_of_time_and_error(Verdict verdict, bool isFailure) =>
        Assert.That(VerdictCombination.IsFailure(verdict), Is.EqualTo(isFailure));
}
