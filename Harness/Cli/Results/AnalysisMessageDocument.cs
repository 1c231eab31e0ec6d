namespace Harness.Cli.Results;

/// <summary>One timeline message: decoded summary, or the decode error when the bytes break a rule.</summary>
internal sealed record AnalysisMessageDocument(
    long Frame,
    DateTimeOffset Time,
    double OffsetSeconds,
    string Source,
    string Destination,
    string Transport,
    string? Message,
    string? DecodeError,
    string? Comment);
