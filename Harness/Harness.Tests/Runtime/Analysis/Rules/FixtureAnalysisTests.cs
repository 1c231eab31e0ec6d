using Harness.Runtime.Analysis;
using Harness.Runtime.Analysis.Rules;
using Harness.Tests.Support;

namespace Harness.Tests.Runtime.Analysis.Rules;

/// <summary>
/// Every capture in Fixtures/Captures, read from its file by the analyzer's reader and judged by every rule, yields
/// exactly the rule ids its file name announces: none for ".clean", and never a rule failure.
/// </summary>
public sealed class FixtureAnalysisTests
{
    private static IEnumerable<TestCaseData> Files() =>
        Directory.GetFiles(RepositoryPaths.Fixture("Captures"), "*.pcap*").Order(StringComparer.Ordinal)
            .Select(f => new TestCaseData(Path.GetFileName(f)).SetName("Analyze " + Path.GetFileName(f)));

    [TestCaseSource(nameof(Files))]
    public void The_capture_yields_exactly_the_findings_its_name_announces(string fileName)
    {
        var report = WireAnalyzer.Analyze(RepositoryPaths.Fixture("Captures", fileName), WireRuleSet.All, WireAnalysisSettings.Default);

        Assert.That(report.RuleFailures, Is.Empty);
        Assert.That(report.Timeline.Messages, Has.Count.EqualTo(report.Timeline.FrameCount), "every frame of a reference capture is a CoAP message");
        Assert.That(report.Findings.Select(f => f.RuleId).Distinct(), Is.EquivalentTo(ReferenceCaptures.ExpectedRuleIds(fileName)), RuleRun.Describe(report.Findings));
    }

    [Test]
    public void There_is_a_recorded_capture_beside_the_generated_ones()
    {
        var generated = ReferenceCaptures.All.Select(c => c.FileName).ToHashSet();

        Assert.That(Directory.GetFiles(RepositoryPaths.Fixture("Captures"), "*.pcap*").Select(Path.GetFileName), Has.Some.Matches<string>(f => !generated.Contains(f)));
    }
}
