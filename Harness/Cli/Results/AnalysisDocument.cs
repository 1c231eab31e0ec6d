namespace Harness.Cli.Results;

/// <summary>The JSON report of `analyze`; <see cref="Timeline"/> is null unless --timeline was given.</summary>
internal sealed record AnalysisDocument(
    string File,
    long Frames,
    int Messages,
    int Violations,
    int Warnings,
    AnalysisSettingsDocument Settings,
    IReadOnlyList<AnalysisFindingDocument> Findings,
    IReadOnlyList<string> Notes,
    IReadOnlyList<string> RuleFailures,
    IReadOnlyList<AnalysisMessageDocument>? Timeline);
