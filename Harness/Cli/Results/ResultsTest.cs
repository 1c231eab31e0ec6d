namespace Harness.Cli.Results;

/// <summary>One finished test in results.json.</summary>
internal sealed record ResultsTest(
    string FullName,
    IReadOnlyList<string> Ets,
    string Title,
    string? Interface,
    IReadOnlyList<string> Requirements,
    string Verdict,
    bool VerdictPublished,
    string Baseline,
    string? BaselineReason,
    double DurationSeconds,
    string? Message,
    string Output,
    IReadOnlyList<ResultsCheck> Checks);
