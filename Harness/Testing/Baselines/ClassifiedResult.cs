namespace Harness.Testing.Baselines;

/// <summary>A run's result, its class against the baseline, and the baseline entry that matched it.</summary>
public sealed record ClassifiedResult(TestRunResult Result, BaselineClassification Classification, BaselineEntry? Entry);
