namespace Harness.Testing.Traceability;

/// <summary>How many requirements of one group (a source document or a category) stand in each status.</summary>
public sealed record CoverageCount(string Group, int Covered, int NotYetCovered, int NotObservable, int OutOfScope)
{
    public int Total => Covered + NotYetCovered + NotObservable + OutOfScope;

    /// <summary>The counts of <paramref name="rows"/>, one per group in first-seen order.</summary>
    public static IReadOnlyList<CoverageCount> By(IEnumerable<TraceRow> rows, Func<TraceRow, string> group) =>
        [.. rows.GroupBy(group, StringComparer.Ordinal).Select(rowsOfGroup => new CoverageCount(
            rowsOfGroup.Key,
            rowsOfGroup.Count(row => row.Status == TraceStatus.Covered),
            rowsOfGroup.Count(row => row.Status == TraceStatus.NotYetCovered),
            rowsOfGroup.Count(row => row.Status == TraceStatus.NotObservable),
            rowsOfGroup.Count(row => row.Status == TraceStatus.OutOfScope)))];
}
