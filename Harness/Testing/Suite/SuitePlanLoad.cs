using Harness.Testing.Plan;

namespace Harness.Testing.Suite;

/// <summary>A located and loaded plan: the plan and its folder when valid, otherwise the loader's messages.</summary>
public sealed record SuitePlanLoad(SuitePlanLocation Location, TestPlanLoadResult Result)
{
    public bool IsValid => Result.IsValid;

    /// <summary>The plan; only when <see cref="IsValid"/>.</summary>
    public TestPlan Plan => Result.PlanOrThrow();

    /// <summary>The plan's folder, against which its relative paths resolve.</summary>
    public string Directory => Result.Directory ?? System.IO.Directory.GetCurrentDirectory();

    /// <summary>Why no test can run: where the plan came from and every error, one per line.</summary>
    public string Describe() =>
        $"the test plan ({Location.Path ?? "none"}, from {Location.Origin}) is invalid:\n" + string.Join('\n', Result.Errors);
}
