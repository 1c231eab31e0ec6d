namespace Harness.Runtime.Dut;

/// <summary>How the process adapter starts, drives and stops a DUT; all texts may use placeholders.</summary>
public sealed record ProcessDutSettings
{
    /// <summary>The program and its arguments, e.g. <c>my-lwm2m-client --server {serverUri} --ep {endpoint}</c>.</summary>
    public required string CommandTemplate { get; init; }

    public string? WorkingDirectory { get; init; }

    /// <summary>Variables added to (or overriding) the harness's environment.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Stimulus name → console line written to the DUT's standard input; arguments are placeholders too.</summary>
    public IReadOnlyDictionary<string, string> Stimuli { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>A console line asking the DUT to quit, tried first when stopping; none when null.</summary>
    public string? QuitLine { get; init; }

    /// <summary>
    /// Whether the DUT runs in a session and process group of its own (Unix, with util-linux setsid), so that a
    /// Ctrl+C at the harness's terminal does not signal it; the harness stops it after the running test.
    /// </summary>
    public bool OwnSession { get; init; } = true;

    /// <summary>Whether stopping sends SIGTERM (on Unix) after the quit line, before killing.</summary>
    public bool Terminate { get; init; } = true;

    /// <summary>How long each polite step (quit line, SIGTERM) may take before the next one.</summary>
    public TimeSpan PoliteStopDeadline { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How long the process tree may take to vanish once killed.</summary>
    public TimeSpan KillDeadline { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>A regular expression a line of output must match before the DUT counts as started; none when null.</summary>
    public string? ReadyPattern { get; init; }

    public TimeSpan ReadyDeadline { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long output may keep arriving after the process exits before its last lines are reported.</summary>
    public TimeSpan OutputDrainDeadline { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>How many of the last output lines a crash or hang report quotes.</summary>
    public int LastLinesInReports { get; init; } = 20;
}
