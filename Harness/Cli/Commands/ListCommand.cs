using Harness.Cli.Rendering;
using Harness.Testing.Suite;

namespace Harness.Cli.Commands;

/// <summary>`list`: what would run under the plan and, for every other test case, why not.</summary>
public sealed class ListCommand(CliContext context)
{
    public int Execute(string planPath, IReadOnlyList<string> filters)
    {
        ArgumentNullException.ThrowIfNull(planPath);
        ArgumentNullException.ThrowIfNull(filters);
        if (PlanInput.Load(context, planPath) is not { } input || TestAssemblyLoader.Load(context) is not { } assembly)
        {
            return ExitCodes.InvalidInput;
        }

        PlanHeaderView.Write(context.Console, input);
        SelectionView.Write(context.Console, SuiteSelection.For(assembly, input.Plan, filters));
        return ExitCodes.Success;
    }
}
