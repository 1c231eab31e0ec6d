namespace Harness.Testing.Baselines;

/// <summary>A whole run against the baseline.</summary>
public sealed record BaselineComparison(IReadOnlyList<ClassifiedResult> Results, IReadOnlyList<BaselineEntry> UnmatchedEntries)
{
    /// <summary>True when something failed that the baseline does not expect; a run then exits non-zero.</summary>
    public bool HasNewFailures => Results.Any(result => result.Classification == BaselineClassification.NewFailure);

    public IEnumerable<ClassifiedResult> Of(BaselineClassification classification) =>
        Results.Where(result => result.Classification == classification);
}
