namespace Harness.Testing.Traceability;

/// <summary>Where a requirement stands in the matrix.</summary>
public enum TraceStatus
{
    /// <summary>At least one test case addresses it.</summary>
    Covered,

    /// <summary>Observable on the wire, but no test case addresses it yet.</summary>
    NotYetCovered,

    /// <summary>No test case, and the catalog says the wire cannot show it.</summary>
    NotObservable,

    /// <summary>No test case, and the catalog puts it outside this suite.</summary>
    OutOfScope,
}
