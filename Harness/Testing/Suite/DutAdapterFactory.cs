using Harness.Runtime.Dut;
using Harness.Testing.Plan;

namespace Harness.Testing.Suite;

/// <summary>Builds the DUT adapter a plan describes: a process started per test, an operator in the lab, or an attached DUT.</summary>
public static class DutAdapterFactory
{
    /// <summary>
    /// A new adapter for one test. For a process, <paramref name="queueMode"/> appends the plan's
    /// dut.adapter.queueModeArguments to the command; the caller checks <see cref="CanConfigureQueueMode"/> first.
    /// Operators are prompted on the console; an attached DUT refuses stimuli (no console to reach it).
    /// </summary>
    public static IDutAdapter Create(TestPlan plan, string planDirectory, SuiteTimings timings, bool queueMode = false, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(planDirectory);
        ArgumentNullException.ThrowIfNull(timings);
        var adapter = plan.Dut.Adapter;
        return adapter.Kind switch
        {
            AdapterKind.Process => new ProcessDutAdapter(ProcessSettings(adapter, planDirectory, timings, queueMode), time),
            AdapterKind.Operator => new OperatorDutAdapter(Instructions(adapter), new OperatorConsole(Console.In, Console.Out, time)),
            _ => AttachDutAdapter.RefusingStimuli(time),
        };
    }

    /// <summary>
    /// Null when the DUT can be put in queue mode for a test; otherwise why not. A process needs
    /// dut.adapter.queueModeArguments; an operator or an attached DUT is assumed to be configured for it by the lab.
    /// </summary>
    public static string? CanConfigureQueueMode(TestPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan.Dut.Adapter.Kind == AdapterKind.Process && string.IsNullOrWhiteSpace(plan.Dut.Adapter.QueueModeArguments)
            ? "the plan gives no dut.adapter.queueModeArguments, so the harness cannot start the DUT in queue mode"
            : null;
    }

    /// <summary>The process adapter's settings: command (plus queue-mode words), folder, environment, stimuli, deadlines.</summary>
    public static ProcessDutSettings ProcessSettings(AdapterSettings adapter, string planDirectory, SuiteTimings timings, bool queueMode)
    {
        ArgumentNullException.ThrowIfNull(adapter);
        ArgumentNullException.ThrowIfNull(timings);
        var command = adapter.Command ?? throw new InvalidDataException("dut.adapter.command is missing for kind process");
        if (queueMode)
        {
            command += " " + (string.IsNullOrWhiteSpace(adapter.QueueModeArguments)
                ? throw new InvalidDataException("dut.adapter.queueModeArguments is missing; the DUT cannot be started in queue mode")
                : adapter.QueueModeArguments);
        }

        return new ProcessDutSettings
        {
            CommandTemplate = command,
            WorkingDirectory = Path.GetFullPath(adapter.WorkingDirectory ?? ".", planDirectory),
            Environment = adapter.Environment,
            Stimuli = adapter.Stimuli,
            QuitLine = adapter.QuitLine,
            PoliteStopDeadline = timings.StopTimeout,
            ReadyDeadline = timings.StartTimeout,
        };
    }

    private static OperatorInstructions Instructions(AdapterSettings adapter) =>
        new() { Deadline = TimeSpan.FromSeconds(adapter.PromptTimeoutSeconds) };
}
