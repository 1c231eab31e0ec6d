namespace Harness.Testing.Reporting.Allure;

/// <summary>An entry of categories.json: results whose status and message match fall into the named category.</summary>
public sealed record AllureCategory
{
    public required string Name { get; init; }

    public string? Description { get; init; }

    public IReadOnlyList<AllureStatus> MatchedStatuses { get; init; } = [];

    /// <summary>A regular expression the whole status message must match.</summary>
    public string? MessageRegex { get; init; }
}
