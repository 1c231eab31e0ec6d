using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace Harness.Runtime.Dut;

/// <summary>
/// Runs the DUT as a local process started from a command template: stimuli are console lines on its standard
/// input, its output is evidence, an unexpected exit is a crash and a stop that is not obeyed is a hang.
/// One process per <see cref="StartAsync"/>; disposing kills whatever still runs.
/// </summary>
public sealed partial class ProcessDutAdapter : IDutAdapter
{
    private readonly ProcessDutSettings settings;
    private readonly TimeProvider time;
    private readonly Lock gate = new();
    private DutProcessRun? run;
    private DutState state = DutState.NotStarted;
    private DutConfiguration? configuration;
    private IReadOnlyDictionary<string, string> values = new Dictionary<string, string>(StringComparer.Ordinal);

    public ProcessDutAdapter(ProcessDutSettings settings, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        this.settings = settings;
        this.time = time ?? TimeProvider.System;
        Evidence = new DutEvidence(this.time);
    }

    /// <summary>Raised (on a pool thread) when the DUT exits while it was expected to run, with the crash's state.</summary>
    public event EventHandler<DutState>? Crashed;

    public DutEvidence Evidence { get; }

    public DutState State
    {
        get
        {
            lock (gate)
            {
                return state;
            }
        }
    }

    /// <summary>The operating-system id of the current run's process, or null when none was started.</summary>
    public int? ProcessId => run?.Id;

    public async Task<DutActionResult> StartAsync(DutConfiguration configuration, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (State.Status == DutRunStatus.Running)
        {
            throw new InvalidOperationException($"the DUT is already running (process {run?.Id}); stop it before starting it again");
        }

        var placeholders = configuration.PlaceholderValues();
        var command = DutCommandLine.FromTemplate(settings.CommandTemplate, placeholders);
        var ready = settings.ReadyPattern is null ? null : ReadyRegex(settings.ReadyPattern);
        var info = StartInfo(command, placeholders);
        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        int evidenceStart = Evidence.Count;
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            process.Dispose();
            Evidence.Record(DutEvidenceKind.Lifecycle, $"could not start {command}: {e.Message}");
            throw new DutStartException($"cannot start the DUT with '{command}' in {info.WorkingDirectory}: {e.Message}", e);
        }

        var current = new DutProcessRun(process, evidenceStart);
        current.Process.StandardInput.AutoFlush = true;
        current.Process.StandardInput.NewLine = "\n";
        lock (gate)
        {
            run?.Dispose();
            run = current;
            this.configuration = configuration;
            values = placeholders;
            state = DutState.Running($"process {current.Id}: {command}");
        }

        Evidence.Record(DutEvidenceKind.Lifecycle, $"started process {current.Id}: {command}");
        var pumps = new[]
        {
            PumpAsync(current.Process.StandardOutput, DutEvidenceKind.StandardOutput),
            PumpAsync(current.Process.StandardError, DutEvidenceKind.StandardError),
        };
        _ = MonitorAsync(current, pumps);
        if (ready is not null)
        {
            await WaitUntilReadyAsync(current, ready, cancellationToken).ConfigureAwait(false);
        }

        return DutActionResult.Done($"started process {current.Id}: {command}");
    }

    public async Task<DutActionResult> ResetAsync(CancellationToken cancellationToken = default)
    {
        var last = configuration;
        if (last is null)
        {
            return DutActionResult.Refused("the DUT was never started, so there is nothing to reset");
        }

        Evidence.Record(DutEvidenceKind.Lifecycle, "reset: stopping and starting again with the same configuration");
        await StopAsync(cancellationToken).ConfigureAwait(false);
        return await StartAsync(last, cancellationToken).ConfigureAwait(false);
    }

    public async Task<DutActionResult> SendStimulusAsync(string name, IReadOnlyDictionary<string, string>? arguments = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!settings.Stimuli.TryGetValue(name, out string? template))
        {
            string defined = settings.Stimuli.Count == 0 ? "none" : string.Join(", ", settings.Stimuli.Keys.Order(StringComparer.Ordinal));
            Evidence.Record(DutEvidenceKind.Stimulus, $"{name}: refused, no console line defined");
            return DutActionResult.Refused($"no console line is defined for stimulus '{name}'; defined stimuli: {defined}");
        }

        string line = PlaceholderTemplate.Expand(template, WithArguments(name, arguments), $"stimulus '{name}'");
        var current = run;
        if (current is null || State.Status != DutRunStatus.Running)
        {
            Evidence.Record(DutEvidenceKind.Stimulus, $"{name}: not sent, the DUT is not running ({State})");
            return DutActionResult.Refused($"stimulus '{name}' was not sent: the DUT is not running ({State})");
        }

        Evidence.Record(DutEvidenceKind.Stimulus, $"{name}: {line}");
        return await WriteLineAsync(current, line, cancellationToken).ConfigureAwait(false)
            ? DutActionResult.Done($"wrote '{line}' to the standard input of process {current.Id}")
            : DutActionResult.Refused($"stimulus '{name}' could not be written: the standard input of process {current.Id} is closed ({State})");
    }

    public async ValueTask DisposeAsync()
    {
        var current = run;
        if (current is null)
        {
            return;
        }

        if (!current.ProcessExited.Task.IsCompleted)
        {
            current.TryRequestStop();
            Evidence.Record(DutEvidenceKind.Lifecycle, $"adapter disposed while process {current.Id} runs: killing its process tree");
            current.KillTree();
            try
            {
                await current.ProcessExited.Task.WaitAsync(settings.KillDeadline, time).ConfigureAwait(false);
                SetState(new DutState(DutRunStatus.Exited, current.Process.ExitCode, "killed when the adapter was disposed"));
            }
            catch (TimeoutException)
            {
                Evidence.Record(DutEvidenceKind.Lifecycle, $"process {current.Id} was still there {ExitDescription.Seconds(settings.KillDeadline)} after being killed");
            }
        }

        lock (gate)
        {
            run = null;
        }

        current.Dispose();
    }

    private static Regex ReadyRegex(string pattern)
    {
        try
        {
            return new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException e)
        {
            throw new DutConfigurationException($"the readiness pattern /{pattern}/ is not a valid regular expression: {e.Message}", e);
        }
    }

    private ProcessStartInfo StartInfo(DutCommandLine command, IReadOnlyDictionary<string, string> placeholders)
    {
        var info = new ProcessStartInfo(command.FileName)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = settings.WorkingDirectory is null
                ? Environment.CurrentDirectory
                : PlaceholderTemplate.Expand(settings.WorkingDirectory, placeholders, "working directory"),
        };
        foreach (string argument in command.Arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in settings.Environment)
        {
            info.Environment[name] = PlaceholderTemplate.Expand(value, placeholders, $"environment variable {name}");
        }

        if (settings.OwnSession)
        {
            DutSession.TryApply(info);
        }

        return info;
    }

    private Dictionary<string, string> WithArguments(string stimulus, IReadOnlyDictionary<string, string>? arguments)
    {
        var all = new Dictionary<string, string>(values, StringComparer.Ordinal);
        foreach (var (name, value) in arguments ?? new Dictionary<string, string>())
        {
            if (!all.TryAdd(name, value))
            {
                throw new DutConfigurationException($"argument '{name}' of stimulus '{stimulus}' has the name of a configuration placeholder; rename it");
            }
        }

        return all;
    }

    private void SetState(DutState next)
    {
        lock (gate)
        {
            state = next;
        }
    }
}
