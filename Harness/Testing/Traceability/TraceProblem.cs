namespace Harness.Testing.Traceability;

/// <summary>A test case citing an id the catalog does not know: a bug in the test case's attributes (or a gap in the catalog).</summary>
public sealed record TraceProblem(string TestId, string Id, string Message);
