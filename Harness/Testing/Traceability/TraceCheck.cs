namespace Harness.Testing.Traceability;

/// <summary>A check recorded in results.json for a requirement: the test it belongs to and what it judged.</summary>
public sealed record TraceCheck(string TestId, string Verdict, int? Step, string Reason);
