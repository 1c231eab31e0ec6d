namespace Harness.Cli.Results;

/// <summary>A test case that did not run, and why.</summary>
internal sealed record ResultsNotRun(string FullName, IReadOnlyList<string> Ets, string Outcome, string Reason);
