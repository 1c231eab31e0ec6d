namespace Harness.Testing.Plan;

/// <summary>How the DUT is driven; which fields apply depends on <see cref="Kind"/>.</summary>
public sealed class AdapterSettings
{
    public required AdapterKind Kind { get; init; }

    /// <summary>Process: the command line with placeholders such as {serverUri} (see <see cref="CommandPlaceholders"/>).</summary>
    public string? Command { get; init; }

    /// <summary>
    /// Process: words appended to the command when a test needs the DUT in queue mode (int-108, int-109),
    /// e.g. "--queue-mode"; placeholders allowed. Without it, queue-mode tests are Inconclusive.
    /// </summary>
    public string? QueueModeArguments { get; init; }

    /// <summary>Process: the console line that asks the DUT to exit, tried before SIGTERM when a test ends.</summary>
    public string? QuitLine { get; init; }

    /// <summary>Process: the folder the command runs in, relative to the plan's folder.</summary>
    public string? WorkingDirectory { get; init; }

    /// <summary>Process: environment variables added to the DUT's environment.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    /// <summary>Process: named stimuli and the console line that triggers each (e.g. registrationUpdate: "update").</summary>
    public IReadOnlyDictionary<string, string> Stimuli { get; init; } = new Dictionary<string, string>();

    /// <summary>Process: how long the DUT may take to start before the test is an Error.</summary>
    [PlanRange(1, 600)]
    public int StartTimeoutSeconds { get; init; } = 10;

    /// <summary>Process: how long a clean stop may take before the DUT is killed.</summary>
    [PlanRange(1, 600)]
    public int StopTimeoutSeconds { get; init; } = 5;

    /// <summary>Operator: how long the operator has to perform a prompt; no answer is Inconclusive.</summary>
    [PlanRange(1, 86400)]
    public int PromptTimeoutSeconds { get; init; } = 300;
}
