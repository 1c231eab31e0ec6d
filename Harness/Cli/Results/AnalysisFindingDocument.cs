namespace Harness.Cli.Results;

/// <summary>One finding: frames are the capture's frame numbers, messageIndexes positions in the timeline.</summary>
internal sealed record AnalysisFindingDocument(
    string RuleId,
    string Clause,
    string Severity,
    string Description,
    IReadOnlyList<long> Frames,
    IReadOnlyList<int> MessageIndexes,
    string? Culprit,
    string? Expected,
    string? Actual);
