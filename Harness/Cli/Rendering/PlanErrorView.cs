using Harness.Testing.Plan;
using Spectre.Console;

namespace Harness.Cli.Rendering;

/// <summary>Prints plan and baseline errors as file:line:column: message, one per line, as compilers do.</summary>
internal static class PlanErrorView
{
    public static void Write(IAnsiConsole console, string file, IReadOnlyList<PlanError> errors)
    {
        console.MarkupLineInterpolated($"[red]error:[/] {file} is invalid ({errors.Count} error{(errors.Count == 1 ? "" : "s")}); nothing was run.");
        foreach (var error in errors)
        {
            console.WriteLine(error.ToString());
        }
    }
}
