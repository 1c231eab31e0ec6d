using Harness.Runtime.Analysis.Timeline;

namespace Harness.Runtime.Analysis;

/// <summary>
/// Runs wire rules over a capture's timeline. Each rule runs on its own: one that throws is reported in
/// <see cref="WireAnalysisReport.RuleFailures"/> (its partial findings dropped) and the others still run.
/// </summary>
public static class WireAnalyzer
{
    public static WireAnalysisReport Analyze(WireTimeline timeline, IReadOnlyList<IWireRule> rules, WireAnalysisSettings settings)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(settings);
        var findings = new List<(int Rule, WireFinding Finding)>();
        var perRule = new Dictionary<string, int>(StringComparer.Ordinal);
        var failures = new List<WireRuleFailure>();
        for (int r = 0; r < rules.Count; r++)
        {
            var rule = rules[r];
            List<WireFinding> found;
            try
            {
                found = [.. rule.Check(timeline, settings)];
            }
            catch (Exception error) when (error is not OutOfMemoryException) // a rule's bug of any kind is reported, never allowed to stop the others
            {
                failures.Add(new WireRuleFailure(rule.Id, error));
                continue;
            }

            perRule[rule.Id] = perRule.GetValueOrDefault(rule.Id) + found.Count;
            findings.AddRange(found.Select(f => (r, f)));
        }

        var sorted = findings
            .OrderBy(f => f.Finding.MessageIndexes.Count > 0 ? f.Finding.MessageIndexes[0] : int.MaxValue)
            .ThenBy(f => f.Rule)
            .Select(f => f.Finding)
            .ToArray();
        return new WireAnalysisReport(timeline, sorted, perRule, failures);
    }

    /// <summary>Reads the capture at <paramref name="path"/> and analyzes it.</summary>
    public static WireAnalysisReport Analyze(string path, IReadOnlyList<IWireRule> rules, WireAnalysisSettings settings, WireTimelineOptions? options = null) =>
        Analyze(WireTimelineReader.Read(path, options), rules, settings);
}
