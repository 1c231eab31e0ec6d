namespace Harness.Testing.Traceability;

/// <summary>
/// Requirement → test cases → last verdicts, for every requirement of the catalog; the static conformance items the
/// test cases cite, likewise; and the ids test cases cite that the catalog lacks.
/// </summary>
public sealed record TraceabilityMatrix(
    IReadOnlyList<TraceRow> Rows,
    IReadOnlyList<TraceProblem> Problems,
    IReadOnlyList<ScrTraceRow> StaticConformanceRows,
    RunResults? Results,
    int TestCaseCount)
{
    public IReadOnlyList<CoverageCount> BySource => CoverageCount.By(Rows, row => row.Document.Key);

    public IReadOnlyList<CoverageCount> ByCategory => CoverageCount.By(Rows.OrderBy(row => row.Requirement.Category, StringComparer.Ordinal), row => row.Requirement.Category);

    public CoverageCount Total => CoverageCount.By(Rows, _ => "all").SingleOrDefault() ?? new CoverageCount("all", 0, 0, 0, 0);

    /// <summary>The requirements no test case addresses, with <see cref="TraceRow.UntestedReason"/>.</summary>
    public IEnumerable<TraceRow> Untested => Rows.Where(row => row.Status != TraceStatus.Covered);
}
