namespace Harness.Runtime.Dut;

/// <summary>
/// A DUT driven by a lab operator: every action is an instruction on the operator console, confirmed by Enter
/// within a deadline. Without confirmation the result is <see cref="DutActionStatus.NoAnswer"/>.
/// The adapter cannot see crashes or hangs; its state is what the operator confirmed.
/// </summary>
public sealed class OperatorDutAdapter : IDutAdapter
{
    private readonly OperatorInstructions instructions;
    private readonly OperatorConsole console;
    private readonly Lock gate = new();
    private DutState state = DutState.NotStarted;
    private IReadOnlyDictionary<string, string> values = new Dictionary<string, string>(StringComparer.Ordinal);

    public OperatorDutAdapter(OperatorInstructions instructions, OperatorConsole console)
    {
        ArgumentNullException.ThrowIfNull(instructions);
        ArgumentNullException.ThrowIfNull(console);
        this.instructions = instructions;
        this.console = console;
    }

    public DutEvidence Evidence => console.Evidence;

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

    public async Task<DutActionResult> StartAsync(DutConfiguration configuration, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        string instruction = PlaceholderTemplate.Expand(instructions.Start, UseConfiguration(configuration), "start instruction");

        Evidence.Record(DutEvidenceKind.Lifecycle, "start: asking the operator");
        return await ConfirmAsync(instruction, DutState.Running("the operator confirmed the start"), cancellationToken).ConfigureAwait(false);
    }

    public async Task<DutActionResult> StopAsync(CancellationToken cancellationToken = default)
    {
        Evidence.Record(DutEvidenceKind.Lifecycle, "stop: asking the operator");
        string instruction = PlaceholderTemplate.Expand(instructions.Stop, Values(), "stop instruction");
        return await ConfirmAsync(instruction, new DutState(DutRunStatus.Exited, null, "the operator confirmed the stop"), cancellationToken).ConfigureAwait(false);
    }

    public async Task<DutActionResult> ResetAsync(CancellationToken cancellationToken = default)
    {
        Evidence.Record(DutEvidenceKind.Lifecycle, "reset: asking the operator");
        string instruction = PlaceholderTemplate.Expand(instructions.Reset, Values(), "reset instruction");
        return await ConfirmAsync(instruction, DutState.Running("the operator confirmed the reset"), cancellationToken).ConfigureAwait(false);
    }

    public async Task<DutActionResult> SendStimulusAsync(string name, IReadOnlyDictionary<string, string>? arguments = null, CancellationToken cancellationToken = default)
    {
        string instruction = instructions.ForStimulus(name, Values(), arguments);
        Evidence.Record(DutEvidenceKind.Stimulus, $"{name}: asking the operator to '{instruction}'");
        var answer = await console.InstructAsync(instruction, instructions.Deadline, cancellationToken).ConfigureAwait(false);
        return answer.IsAnswered
            ? DutActionResult.Done($"the operator confirmed '{instruction}'")
            : DutActionResult.NoAnswer($"the operator did not confirm '{instruction}': {answer.Reason}");
    }

    /// <summary>Takes the placeholders of <paramref name="configuration"/> for later instructions without asking anything.</summary>
    internal IReadOnlyDictionary<string, string> UseConfiguration(DutConfiguration configuration)
    {
        var placeholders = configuration.PlaceholderValues();
        lock (gate)
        {
            values = placeholders;
        }

        return placeholders;
    }

    /// <summary>Nothing to release: the console belongs to whoever made it.</summary>
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private async Task<DutActionResult> ConfirmAsync(string instruction, DutState confirmed, CancellationToken cancellationToken)
    {
        var answer = await console.InstructAsync(instruction, instructions.Deadline, cancellationToken).ConfigureAwait(false);
        if (!answer.IsAnswered)
        {
            return DutActionResult.NoAnswer($"the operator did not confirm '{instruction}': {answer.Reason}");
        }

        lock (gate)
        {
            state = confirmed;
        }

        Evidence.Record(DutEvidenceKind.Lifecycle, confirmed.Detail);
        return DutActionResult.Done(confirmed.Detail);
    }

    private IReadOnlyDictionary<string, string> Values()
    {
        lock (gate)
        {
            return values;
        }
    }
}
