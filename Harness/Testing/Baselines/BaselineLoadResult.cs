using Harness.Testing.Plan;

namespace Harness.Testing.Baselines;

/// <summary>A loaded baseline, or every error that prevents using it.</summary>
public sealed record BaselineLoadResult(Baseline? Baseline, IReadOnlyList<PlanError> Errors)
{
    public bool IsValid => Baseline is not null;
}
