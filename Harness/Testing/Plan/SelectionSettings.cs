namespace Harness.Testing.Plan;

/// <summary>
/// Which test cases run. With no include rule everything is included; a test runs when it matches
/// an include rule (if any) and no exclude rule.
/// </summary>
public sealed class SelectionSettings
{
    public SelectionRules Include { get; init; } = new();

    public SelectionRules Exclude { get; init; } = new();
}
