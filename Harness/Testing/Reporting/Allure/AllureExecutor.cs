namespace Harness.Testing.Reporting.Allure;

/// <summary>executor.json: what produced the results (shown in the report's header and history).</summary>
public sealed record AllureExecutor
{
    public required string Name { get; init; }

    /// <summary>"local" for a person's run; a CI system's name otherwise.</summary>
    public required string Type { get; init; }

    public string? BuildName { get; init; }

    public string? ReportName { get; init; }
}
