using System.Reflection;
using Spectre.Console;

namespace Harness.Cli.Commands;

/// <summary>Loads the test-case assembly, turning a missing or broken one into an error message.</summary>
internal static class TestAssemblyLoader
{
    public static Assembly? Load(CliContext context)
    {
        try
        {
            return context.TestAssembly();
        }
        catch (Exception exception) when (exception is FileNotFoundException or FileLoadException or BadImageFormatException)
        {
            context.Console.MarkupLineInterpolated($"[red]error:[/] cannot load the test cases: {exception.Message}");
            return null;
        }
    }
}
