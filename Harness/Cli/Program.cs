namespace Harness.Cli;

/// <summary>Entry point of the command-line tool.</summary>
public static class Program
{
    /// <summary>Parses the command line and runs the chosen command.</summary>
    public static int Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        Console.Error.WriteLine("lwm2m-conformance: not built yet");
        return 2;
    }
}
