namespace Harness.Runtime.Dut;

/// <summary>
/// A DUT the lab started and keeps running: start and stop only record that the harness attached or detached.
/// Stimuli and resets go to the operator, or are refused with a reason, as configured.
/// </summary>
public sealed class AttachDutAdapter : IDutAdapter
{
    private readonly OperatorDutAdapter? operatorAdapter;
    private readonly Lock gate = new();
    private DutState state = DutState.NotStarted;

    private AttachDutAdapter(DutEvidence evidence, OperatorDutAdapter? operatorAdapter)
    {
        Evidence = evidence;
        this.operatorAdapter = operatorAdapter;
    }

    public AttachStimulusHandling StimulusHandling => operatorAdapter is null ? AttachStimulusHandling.Refuse : AttachStimulusHandling.AskOperator;

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

    /// <summary>Stimuli and resets are refused: for DUTs that need none, or CI where nobody can act.</summary>
    public static AttachDutAdapter RefusingStimuli(TimeProvider? time = null) => new(new DutEvidence(time ?? TimeProvider.System), null);

    /// <summary>Stimuli and resets become instructions to the operator on <paramref name="console"/>.</summary>
    public static AttachDutAdapter WithOperator(OperatorInstructions instructions, OperatorConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        return new(console.Evidence, new OperatorDutAdapter(instructions, console));
    }

    public Task<DutActionResult> StartAsync(DutConfiguration configuration, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        string detail = $"attached to the running DUT (endpoint '{configuration.Endpoint}', server {configuration.ServerUri}); it was started by the lab";
        Evidence.Record(DutEvidenceKind.Lifecycle, detail);
        lock (gate)
        {
            state = DutState.Running(detail);
        }

        // The operator adapter needs the placeholders for its instructions, but must not ask to start anything.
        operatorAdapter?.UseConfiguration(configuration);
        return Task.FromResult(DutActionResult.Done(detail));
    }

    public Task<DutActionResult> StopAsync(CancellationToken cancellationToken = default)
    {
        const string detail = "detached; the DUT keeps running under the lab's control";
        Evidence.Record(DutEvidenceKind.Lifecycle, detail);
        lock (gate)
        {
            state = new DutState(DutRunStatus.NotStarted, null, detail);
        }

        return Task.FromResult(DutActionResult.Done(detail));
    }

    public Task<DutActionResult> ResetAsync(CancellationToken cancellationToken = default) =>
        operatorAdapter is null
            ? Task.FromResult(Refuse("reset"))
            : operatorAdapter.ResetAsync(cancellationToken);

    public Task<DutActionResult> SendStimulusAsync(string name, IReadOnlyDictionary<string, string>? arguments = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        return operatorAdapter is null
            ? Task.FromResult(Refuse($"stimulus '{name}'"))
            : operatorAdapter.SendStimulusAsync(name, arguments, cancellationToken);
    }

    /// <summary>Nothing to release: the DUT is the lab's, and the console belongs to whoever made it.</summary>
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private DutActionResult Refuse(string what)
    {
        string detail = $"{what} refused: the DUT is attached (started by the lab) and this adapter has no operator to ask; configure an operator or a process adapter";
        Evidence.Record(DutEvidenceKind.Stimulus, detail);
        return DutActionResult.Refused(detail);
    }
}
