using System.Reflection;
using Spectre.Console;

namespace Harness.Cli;

/// <summary>
/// What the commands use from the outside world, so that tests can run them in-process: the console, the test-case
/// assembly, the clock and the working directory.
/// </summary>
public sealed class CliContext
{
    /// <summary>The file name of the test-case assembly, deployed beside the tool.</summary>
    public const string TestCasesFileName = "TestCases.dll";

    public CliContext(IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        Console = console;
    }

    /// <summary>Where every command writes (errors included, marked as such).</summary>
    public IAnsiConsole Console { get; }

    /// <summary>Loads the assembly holding the test cases; by default TestCases.dll beside the tool.</summary>
    public Func<Assembly> TestAssembly { get; init; } = LoadDefaultTestAssembly;

    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Where relative paths (plan, results) resolve.</summary>
    public string WorkingDirectory { get; init; } = Directory.GetCurrentDirectory();

    /// <summary>True to draw a live status line; false for plain lines (output redirected, CI).</summary>
    public bool Interactive { get; init; }

    /// <summary>Cancelled when the user asks the run to stop (Ctrl+C).</summary>
    public CancellationToken Stop { get; init; }

    /// <summary>An absolute path for <paramref name="path"/>, relative ones taken from <see cref="WorkingDirectory"/>.</summary>
    public string FullPath(string path) => Path.GetFullPath(path, WorkingDirectory);

    private static Assembly LoadDefaultTestAssembly()
    {
        var path = Path.Combine(AppContext.BaseDirectory, TestCasesFileName);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"the test cases ({TestCasesFileName}) are not beside the tool in {AppContext.BaseDirectory}", path);
        }

        return Assembly.LoadFrom(path);
    }
}
