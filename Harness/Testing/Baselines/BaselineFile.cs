namespace Harness.Testing.Baselines;

/// <summary>The baseline file: failures a vendor already knows about, so that a run flags only new ones.</summary>
public sealed class BaselineFile
{
    public IReadOnlyList<BaselineEntry> ExpectedFailures { get; init; } = [];
}
