namespace Harness.Testing.Plan;

/// <summary>The root of testplan.yaml: which DUT, what it supports, how to reach it, what to run.</summary>
public sealed class TestPlan
{
    public required DutSettings Dut { get; init; }

    public IcsSettings Ics { get; init; } = new();

    public IxitSettings Ixit { get; init; } = new();

    public SelectionSettings Selection { get; init; } = new();

    /// <summary>Path of the baseline file of expected failures, relative to the plan's folder.</summary>
    public string? Baseline { get; init; }
}
