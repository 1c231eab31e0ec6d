using Spectre.Console;

namespace Harness.Cli;

/// <summary>Entry point of the command-line tool.</summary>
public static class Program
{
    private const int UnwrappedWidth = 4096;

    /// <summary>Parses the command line and runs the chosen command.</summary>
    public static int Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        using var stop = new CancellationTokenSource();
        // The first Ctrl+C lets the running test finish and keeps the results so far; a second one ends the process.
        Console.CancelKeyPress += (_, press) =>
        {
            if (!stop.IsCancellationRequested)
            {
                press.Cancel = true;
                Console.Error.WriteLine("Stopping after the current test (Ctrl+C again to abort)...");
                stop.Cancel();
            }
        };

        var console = AnsiConsole.Console;
        if (Console.IsOutputRedirected)
        {
            // Logs and editors read file:line:column and result lines whole: never wrap them at a guessed width.
            console.Profile.Width = UnwrappedWidth;
        }

        var context = new CliContext(console)
        {
            Interactive = console.Profile.Capabilities.Interactive && !Console.IsOutputRedirected
                && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")),
            Stop = stop.Token,
        };
        return new CommandLine(context, Console.Out).Invoke(args);
    }
}
