namespace Harness.Cli.Commands;

/// <summary>The options of `run`.</summary>
/// <param name="PlanPath">The test plan file.</param>
/// <param name="Filters">ETS ids, test names or globs of either; empty runs everything the plan selects.</param>
/// <param name="ResultsDirectory">Where results.json goes; null for Reports/out/&lt;timestamp&gt;.</param>
public sealed record RunSettings(string PlanPath, IReadOnlyList<string> Filters, string? ResultsDirectory)
{
    /// <summary>How each test records its traffic: auto, live, tap or off (--capture).</summary>
    public string Capture { get; init; } = "auto";
}
