namespace Harness.Testing.Traceability;

/// <summary>A static conformance item that test cases cite: its versions in the catalog, those test cases with their last verdicts, and the checks citing it.</summary>
public sealed record ScrTraceRow(string Id, IReadOnlyList<StaticConformanceItem> Items, IReadOnlyList<TraceTest> Tests, IReadOnlyList<TraceCheck> Checks)
{
    /// <summary>The function as the newest version states it.</summary>
    public string Function => Items.Count == 0 ? "" : Items[^1].Function;

    /// <summary>"5 Pass, 1 Fail": how many checks citing the item ended in each verdict.</summary>
    public string CheckSummary => string.Join(", ", Checks.GroupBy(check => check.Verdict, StringComparer.Ordinal).Select(group => $"{group.Count()} {group.Key}"));
}
