using Harness.Runtime.Analysis;
using Harness.Runtime.Analysis.Rules;

namespace Harness.Tests.Runtime.Analysis.Rules;

/// <summary>Every reference scenario, in memory, fires exactly the rules its capture's name announces.</summary>
public sealed class ReferenceScenarioTests
{
    private static IEnumerable<TestCaseData> Scenarios() =>
        ReferenceCaptures.All.Select(c => new TestCaseData(c.FileName).SetName("Scenario " + c.FileName));

    [TestCaseSource(nameof(Scenarios))]
    public void Fires_exactly_the_announced_rules(string fileName)
    {
        var script = ReferenceCaptures.All.Single(c => c.FileName == fileName).Script();

        var findings = RuleRun.All(script);
        TestContext.Out.WriteLine(RuleRun.Describe(findings));

        Assert.That(findings.Select(f => f.RuleId).Distinct(), Is.EquivalentTo(ReferenceCaptures.ExpectedRuleIds(fileName)), RuleRun.Describe(findings));
    }

    [Test]
    public void Every_rule_has_a_capture_that_makes_it_fire()
    {
        var announced = ReferenceCaptures.All.SelectMany(c => ReferenceCaptures.ExpectedRuleIds(c.FileName)).ToHashSet();

        Assert.That(WireRuleSet.All.Select(r => r.Id), Is.SubsetOf(announced));
    }

    [Test]
    public void Rules_have_distinct_ids_clauses_and_titles()
    {
        Assert.That(WireRuleSet.All.Select(r => r.Id), Is.Unique);
        Assert.That(WireRuleSet.All, Has.All.Matches<IWireRule>(r => r.Id.StartsWith("WIRE-", StringComparison.Ordinal) && r.Clause.Length > 0 && r.Title.Length > 0));
    }

    [Test]
    public void The_harness_own_messages_are_never_at_fault()
    {
        var settings = new WireAnalysisSettings { HarnessEndpoints = new HashSet<System.Net.IPEndPoint> { WireScript.Client } };

        // Every faulty capture's culprit is the client: naming it as the harness silences every finding.
        var findings = ReferenceCaptures.All.SelectMany(c => RuleRun.All(c.Script(), settings)).ToList();

        Assert.That(findings, Is.Empty, RuleRun.Describe(findings));
    }
}
