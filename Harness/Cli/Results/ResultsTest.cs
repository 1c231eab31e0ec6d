namespace Harness.Cli.Results;

/// <summary>One finished test in results.json; waited and overhead split the duration (time waiting for the DUT, the harness's own).</summary>
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
    double? WaitedSeconds,
    double? OverheadSeconds,
    string? Message,
    string Output,
    IReadOnlyList<ResultsCheck> Checks);
