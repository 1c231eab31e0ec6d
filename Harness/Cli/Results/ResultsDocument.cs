namespace Harness.Cli.Results;

/// <summary>results.json: one run, every finished test with its verdict and checks, and every test that did not run.</summary>
internal sealed record ResultsDocument(
    string Plan,
    string? Baseline,
    DateTimeOffset StartedAt,
    double DurationSeconds,
    bool Interrupted,
    bool HasNewFailures,
    IReadOnlyDictionary<string, int> Counts,
    IReadOnlyList<ResultsTest> Tests,
    IReadOnlyList<ResultsNotRun> NotRun,
    IReadOnlyList<ResultsBaselineEntry> UnmatchedBaselineEntries);
