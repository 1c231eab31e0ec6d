namespace Harness.Cli.Results;

/// <summary>A baseline entry that matched nothing in the run.</summary>
internal sealed record ResultsBaselineEntry(string Test, string Reason, string? Issue);
