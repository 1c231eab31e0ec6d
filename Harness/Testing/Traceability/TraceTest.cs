namespace Harness.Testing.Traceability;

/// <summary>
/// A test case that addresses a requirement: how (<see cref="Via"/>: "requirement" when it names the id, or the ETS id
/// the catalog links to the requirement) and its last verdict, null when no results were given or the run lacks it.
/// </summary>
public sealed record TraceTest(string TestId, IReadOnlyList<string> EtsIds, string Via, string? Verdict);
