namespace Harness.Cli.Results;

/// <summary>The parameters the capture was judged with.</summary>
internal sealed record AnalysisSettingsDocument(double AckTimeoutMs, double AckRandomFactor, int MaxRetransmit, double TimingToleranceMs, IReadOnlyList<string> Harness);
