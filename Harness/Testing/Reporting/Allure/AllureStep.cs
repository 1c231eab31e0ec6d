namespace Harness.Testing.Reporting.Allure;

/// <summary>A step of an Allure result (an ETS step, or a check within one), with its own status and nested steps.</summary>
public sealed record AllureStep
{
    public required string Name { get; init; }

    public required AllureStatus Status { get; init; }

    public AllureStatusDetails? StatusDetails { get; init; }

    /// <summary>Always "finished": results are written after the test ended.</summary>
    public string Stage { get; init; } = AllureTestResult.FinishedStage;

    /// <summary>Unix time in milliseconds.</summary>
    public long Start { get; init; }

    /// <summary>Unix time in milliseconds.</summary>
    public long Stop { get; init; }

    public IReadOnlyList<AllureStep> Steps { get; init; } = [];

    public IReadOnlyList<AllureAttachment> Attachments { get; init; } = [];

    public IReadOnlyList<AllureParameter> Parameters { get; init; } = [];
}
