namespace Harness.Runtime.Analysis.Rules;

/// <summary>Every wire rule the analyzer applies, in the order reports list them.</summary>
public static class WireRuleSet
{
    public static IReadOnlyList<IWireRule> All { get; } =
    [
        new FormatRule(),
        new AckMatchingRule(),
        new TokenRule(),
        new RetransmissionRule(),
        new DuplicateAnswerRule(),
        new ObserveFreshnessRule(),
        new ContentFormatRule(),
        new BlockRule(),
        new AfterDeregistrationRule(),
        new LocationPathRule(),
    ];

    /// <summary>The rule with <paramref name="id"/>, or null.</summary>
    public static IWireRule? Find(string id) => All.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.OrdinalIgnoreCase));
}
