namespace Harness.Testing.Traceability;

/// <summary>One check of a test as results.json recorded it.</summary>
public sealed record RunCheck(string Verdict, string Reason, int? Step, IReadOnlyList<string> Requirements);
