namespace Harness.Runtime.Analysis;

/// <summary>A rule that threw instead of returning findings: a bug of the rule, reported beside the findings rather than thrown.</summary>
/// <param name="RuleId">The failing rule's id.</param>
/// <param name="Error">What it threw.</param>
public sealed record WireRuleFailure(string RuleId, Exception Error)
{
    /// <summary>"RULE-ID threw InvalidOperationException: message".</summary>
    public override string ToString() => $"{RuleId} threw {Error.GetType().Name}: {Error.Message}";
}
