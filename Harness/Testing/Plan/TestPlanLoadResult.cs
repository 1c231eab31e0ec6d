namespace Harness.Testing.Plan;

/// <summary>A loaded plan, or every error that prevents using it (never both).</summary>
public sealed record TestPlanLoadResult(TestPlan? Plan, IReadOnlyList<PlanError> Errors)
{
    public bool IsValid => Plan is not null;

    /// <summary>The plan, or an exception listing every error: nothing may start on an invalid plan.</summary>
    public TestPlan PlanOrThrow() =>
        Plan ?? throw new InvalidDataException("The test plan is invalid:\n" + string.Join('\n', Errors));
}
