namespace Harness.Testing.Baselines;

/// <summary>One expected failure: the test (ETS id or test name), why it fails, and where it is tracked.</summary>
public sealed class BaselineEntry
{
    /// <summary>An ETS id (LightweightM2M-1.1-int-105) or a test's full name.</summary>
    public required string Test { get; init; }

    public required string Reason { get; init; }

    /// <summary>A link to the issue that tracks the failure.</summary>
    public string? Issue { get; init; }
}
