namespace Harness.Testing.Reporting.Allure;

/// <summary>One test's result as Allure reads it from <c>&lt;uuid&gt;-result.json</c> (the Allure 2 results format, read by Allure 3 too).</summary>
public sealed record AllureTestResult
{
    /// <summary>The only stage we write: the test ended before its file was written.</summary>
    public const string FinishedStage = "finished";

    /// <summary>This execution; new for every run.</summary>
    public required string Uuid { get; init; }

    /// <summary>The same for every run of the same test with the same arguments: Allure's history and trends key.</summary>
    public required string HistoryId { get; init; }

    /// <summary>The same for every run of the same test method, whatever its arguments.</summary>
    public required string TestCaseId { get; init; }

    public required string Name { get; init; }

    public required string FullName { get; init; }

    public string? Description { get; init; }

    public required AllureStatus Status { get; init; }

    public AllureStatusDetails? StatusDetails { get; init; }

    public string Stage { get; init; } = FinishedStage;

    /// <summary>Unix time in milliseconds.</summary>
    public long Start { get; init; }

    /// <summary>Unix time in milliseconds.</summary>
    public long Stop { get; init; }

    public IReadOnlyList<AllureLabel> Labels { get; init; } = [];

    public IReadOnlyList<AllureLink> Links { get; init; } = [];

    public IReadOnlyList<AllureParameter> Parameters { get; init; } = [];

    public IReadOnlyList<AllureStep> Steps { get; init; } = [];

    public IReadOnlyList<AllureAttachment> Attachments { get; init; } = [];
}
