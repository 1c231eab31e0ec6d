namespace Harness.Testing.Plan;

/// <summary>A loaded plan, or every error that prevents using it (never both).</summary>
/// <param name="Directory">The plan's folder, against which its relative paths resolve; null for a plan given as text.</param>
public sealed record TestPlanLoadResult(TestPlan? Plan, IReadOnlyList<PlanError> Errors, string? Directory = null)
{
    /// <summary>The full path of the plan's baseline file, or null when the plan names none.</summary>
    public string? BaselinePath => Plan?.Baseline is { } baseline ? Path.GetFullPath(baseline, Directory ?? System.IO.Directory.GetCurrentDirectory()) : null;

    public bool IsValid => Plan is not null;

    /// <summary>The plan, or an exception listing every error: nothing may start on an invalid plan.</summary>
    public TestPlan PlanOrThrow() =>
        Plan ?? throw new InvalidDataException("The test plan is invalid:\n" + string.Join('\n', Errors));
}
