namespace Harness.Testing.Traceability;

/// <summary>
/// The last verdict of one test case in a run: a finished test with its checks, or one that did not run, with the
/// outcome (Excluded, NotApplicable, NotStarted...) as its verdict and the reason as its only note.
/// </summary>
public sealed record RunTestResult(string FullName, string Verdict, bool Ran, string? Note, IReadOnlyList<RunCheck> Checks);
