using Harness.Testing.Verdicts;

namespace Harness.Tests.Testing.Verdicts;

public class VerdictCollectorTests
{
    [Test]
    public void A_test_without_checks_is_inconclusive()
    {
        var result = new VerdictCollector().Result;

        Assert.That(result.Overall, Is.EqualTo(Verdict.Inconclusive));
        Assert.That(result.Checks.Single().Reason, Does.Contain("no check"));
    }

    [Test]
    public void Checks_are_kept_in_order_and_the_worst_wins()
    {
        var collector = new VerdictCollector();
        collector.Check(true, "Register received", step: 1);
        collector.Check(false, "ep parameter present", step: 2, expected: "ep=urn:dev:1", actual: "no ep");
        collector.Check(true, "2.01 answered", step: 3);

        Assert.That(collector.Checks.Select(check => check.Step), Is.EqualTo(new int?[] { 1, 2, 3 }));
        Assert.That(collector.Overall, Is.EqualTo(Verdict.Fail));
    }

    [Test]
    public void A_pass_recorded_after_a_failure_does_not_improve_the_verdict()
    {
        var collector = new VerdictCollector();
        collector.Record(new VerdictCheck(Verdict.Inconclusive, "operator did not answer"));
        collector.Check(true, "later step passed");

        Assert.That(collector.Overall, Is.EqualTo(Verdict.Inconclusive));
    }

    [Test]
    public void Checks_without_requirements_take_the_test_case_defaults()
    {
        var collector = new VerdictCollector(["LwM2M-REG-01"], "OMA-TS-LightweightM2M_Core-V1_1_1 §6.2.1");

        var plain = collector.Check(true, "registered");
        var own = collector.Record(new VerdictCheck(Verdict.Pass, "own") { RequirementIds = ["LwM2M-REG-02"], SpecClause = "§6.2.2" });

        Assert.That(plain.RequirementIds, Is.EqualTo(new[] { "LwM2M-REG-01" }));
        Assert.That(plain.SpecClause, Is.EqualTo("OMA-TS-LightweightM2M_Core-V1_1_1 §6.2.1"));
        Assert.That(own.RequirementIds, Is.EqualTo(new[] { "LwM2M-REG-02" }));
        Assert.That(own.SpecClause, Is.EqualTo("§6.2.2"));
    }

    [Test]
    public void Out_of_time_names_what_was_awaited_and_the_deadline()
    {
        var collector = new VerdictCollector();
        var check = collector.OutOfTime("Update request", TimeSpan.FromSeconds(93), step: 4);

        Assert.That(collector.Overall, Is.EqualTo(Verdict.OutOfTime));
        Assert.That(check.Describe(), Does.Contain("Update request").And.Contain("93000 ms").And.Contain("step 4"));
    }

    [Test]
    public void A_check_describes_clause_requirements_expected_and_actual()
    {
        var check = new VerdictCheck(Verdict.Fail, "lwm2m version")
        {
            Step = 2,
            SpecClause = "§6.2.1",
            RequirementIds = ["LwM2M-REG-01", "LwM2M-VER-01"],
            Expected = "lwm2m=1.1",
            Actual = "lwm2m=1.0",
        };

        Assert.That(check.Describe(), Is.EqualTo(
            "[Fail] step 2: lwm2m version\n    clause: §6.2.1\n    requirements: LwM2M-REG-01, LwM2M-VER-01\n"
            + "    expected: lwm2m=1.1\n    actual: lwm2m=1.0"));
    }

    [Test]
    public void A_blank_reason_is_refused() =>
        Assert.That(() => new VerdictCheck(Verdict.Pass, " "), Throws.ArgumentException);
}
