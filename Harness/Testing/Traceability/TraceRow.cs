namespace Harness.Testing.Traceability;

/// <summary>One requirement of the matrix: its test cases with their last verdicts, the checks that judged it, and its links.</summary>
public sealed record TraceRow(
    Requirement Requirement,
    SourceDocument Document,
    TraceStatus Status,
    IReadOnlyList<TraceTest> Tests,
    IReadOnlyList<TraceCheck> Checks,
    IReadOnlyList<string> EtsIds,
    IReadOnlyList<string> ScrIds,
    IReadOnlyList<string> Clauses)
{
    /// <summary>Why the requirement is untested (null when covered): the status and the catalog's reason.</summary>
    public string? UntestedReason => Status switch
    {
        TraceStatus.Covered => null,
        TraceStatus.NotYetCovered => "not yet covered",
        TraceStatus.NotObservable => $"not observable on the wire: {Requirement.ObservabilityReason}",
        _ => $"out of scope: {Requirement.ObservabilityReason}",
    };
}
