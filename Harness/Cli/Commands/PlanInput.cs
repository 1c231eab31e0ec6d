using Harness.Cli.Rendering;
using Harness.Testing.Baselines;
using Harness.Testing.Plan;

namespace Harness.Cli.Commands;

/// <summary>A plan loaded from disk with its baseline, or the errors that stop every command before anything starts.</summary>
internal sealed record PlanInput(string PlanPath, TestPlan Plan, Baseline Baseline, string? BaselinePath)
{
    /// <summary>Loads the plan and its baseline; on any error prints them all (file:line:column) and returns null.</summary>
    public static PlanInput? Load(CliContext context, string planPath)
    {
        var path = context.FullPath(planPath);
        var loaded = TestPlanLoader.Load(path);
        if (!loaded.IsValid)
        {
            PlanErrorView.Write(context.Console, path, loaded.Errors);
            return null;
        }

        var plan = loaded.PlanOrThrow();
        if (loaded.BaselinePath is not { } baselinePath)
        {
            return new PlanInput(path, plan, Baseline.Empty, null);
        }

        var baseline = BaselineLoader.Load(baselinePath);
        if (baseline.Baseline is null)
        {
            PlanErrorView.Write(context.Console, baselinePath, baseline.Errors);
            return null;
        }

        return new PlanInput(path, plan, baseline.Baseline, baselinePath);
    }
}
