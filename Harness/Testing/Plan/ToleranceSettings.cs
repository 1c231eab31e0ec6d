namespace Harness.Testing.Plan;

/// <summary>How far observed timings may stray from the expected ones before a check fails.</summary>
public sealed class ToleranceSettings
{
    /// <summary>Absolute slack on every timed expectation.</summary>
    [PlanRange(0, 60000)]
    public int TimingMilliseconds { get; init; } = 250;

    /// <summary>Relative slack, in percent of the expected interval, added to the absolute slack.</summary>
    [PlanRange(0, 100)]
    public double TimingPercent { get; init; } = 5;
}
