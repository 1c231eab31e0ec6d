using Harness.Testing.Baselines;
using Harness.Testing.Metadata;
using Harness.Testing.Verdicts;

namespace Harness.Testing.Suite;

/// <summary>A whole suite run: what was selected, what finished (classified against the baseline), and whether it was stopped.</summary>
public sealed record SuiteRunResult
{
    public required SuiteSelection Selection { get; init; }

    /// <summary>Finished tests in the order they finished, each classified against the baseline.</summary>
    public required IReadOnlyList<SuiteTestResult> Results { get; init; }

    /// <summary>Baseline entries that matched no result (their tests did not run, or passed under another name).</summary>
    public required IReadOnlyList<BaselineEntry> UnmatchedBaselineEntries { get; init; }

    /// <summary>True when the run was stopped before every selected test had finished.</summary>
    public required bool Cancelled { get; init; }

    /// <summary>Selected tests that never finished because the run was stopped.</summary>
    public required IReadOnlyList<TestCaseMetadata> NotStarted { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    public required TimeSpan Duration { get; init; }

    /// <summary>True when some test failed (Fail, OutOfTime, Error) that the baseline does not expect.</summary>
    public bool HasNewFailures => Results.Any(result => result.Classification == BaselineClassification.NewFailure);

    /// <summary>How many results got each verdict (verdicts with none are left out).</summary>
    public IReadOnlyDictionary<Verdict, int> CountByVerdict =>
        Results.GroupBy(result => result.Overall).OrderBy(group => group.Key).ToDictionary(group => group.Key, group => group.Count());
}
