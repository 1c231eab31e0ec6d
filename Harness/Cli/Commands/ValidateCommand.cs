using Harness.Cli.Rendering;
using Spectre.Console;

namespace Harness.Cli.Commands;

/// <summary>`validate`: loads the plan and its baseline and reports every error, running nothing.</summary>
public sealed class ValidateCommand(CliContext context)
{
    public int Execute(string planPath)
    {
        ArgumentNullException.ThrowIfNull(planPath);
        if (PlanInput.Load(context, planPath) is not { } input)
        {
            return ExitCodes.InvalidInput;
        }

        PlanHeaderView.Write(context.Console, input);
        context.Console.MarkupLine("[green]The plan is valid.[/]");
        return ExitCodes.Success;
    }
}
