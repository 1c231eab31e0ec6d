using Harness.Cli;
using Harness.Tests.SampleCases;
using Harness.Tests.Testing.Suite;
using Microsoft.Extensions.Time.Testing;
using Spectre.Console.Testing;

namespace Harness.Tests.Cli;

/// <summary>
/// Runs the command line in-process against the sample cases, in a temporary working directory holding
/// testplan.yaml (the sample plan), with a Spectre test console and a fixed clock.
/// </summary>
internal sealed class CliHarness : IDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 11, 22, 23, 15, 0, TimeSpan.Zero);

    private readonly TestConsole console = new();
    private readonly StringWriter commandLineOutput = new();

    public CliHarness(string planText = SamplePlan.Text)
    {
        Directory.CreateDirectory(Folder);
        File.WriteAllText(Path.Combine(Folder, "testplan.yaml"), planText);
        console.Profile.Width = 400;
    }

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "cli-" + Guid.NewGuid().ToString("N"));

    /// <summary>What the commands wrote to the console, followed by System.CommandLine's own text (help, usage errors).</summary>
    public string Output => console.Output + commandLineOutput;

    public CancellationToken Stop { get; init; }

    /// <summary>Draw the live status, as on a terminal.</summary>
    public bool Interactive { get; init; }

    /// <summary>Loads the test cases; the sample cases by default.</summary>
    public Func<System.Reflection.Assembly> TestAssembly { get; init; } = () => typeof(RegistrationSamples).Assembly;

    public int Run(params string[] args)
    {
        if (Interactive)
        {
            console.Interactive();
        }

        var context = new CliContext(console)
        {
            TestAssembly = TestAssembly,
            Interactive = Interactive,
            Time = new FakeTimeProvider(Now),
            WorkingDirectory = Folder,
            Stop = Stop,
        };
        return new CommandLine(context, commandLineOutput).Invoke(args);
    }

    public string WriteFile(string name, string text)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose()
    {
        console.Dispose();
        commandLineOutput.Dispose();
        Directory.Delete(Folder, recursive: true);
    }
}
