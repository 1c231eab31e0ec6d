using Harness.Runtime.Analysis;
using Harness.Runtime.Analysis.Rules;

namespace Harness.Tests.Runtime.Analysis.Rules;

/// <summary>Runs rules over a script's in-memory timeline.</summary>
internal static class RuleRun
{
    public static List<WireFinding> All(WireScript script, WireAnalysisSettings? settings = null) =>
        WireRuleSet.All.SelectMany(r => r.Check(script.Timeline(), settings ?? WireAnalysisSettings.Default)).ToList();

    public static List<WireFinding> Of(IWireRule rule, WireScript script, WireAnalysisSettings? settings = null) =>
        rule.Check(script.Timeline(), settings ?? WireAnalysisSettings.Default).ToList();

    public static string Describe(IEnumerable<WireFinding> findings) =>
        string.Join(Environment.NewLine, findings.Select(f => $"{f.RuleId} {f.Severity}: {f.Description}"));
}
