namespace Harness.Cli.Results;

/// <summary>One check of a test in results.json.</summary>
internal sealed record ResultsCheck(
    string Verdict,
    string Reason,
    int? Step,
    IReadOnlyList<string> Requirements,
    string? SpecClause,
    string? Expected,
    string? Actual,
    double? DeadlineSeconds);
