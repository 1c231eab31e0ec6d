namespace Harness.Runtime.Dut;

/// <summary>
/// Drives a device under test: start it for a test with that test's configuration, stop it afterwards,
/// reset it, apply named stimuli, and tell what state it is in. Results are facts, not verdicts.
/// Disposing never leaves anything running that the adapter started.
/// </summary>
public interface IDutAdapter : IAsyncDisposable
{
    /// <summary>Everything observed about the DUT, for reports.</summary>
    DutEvidence Evidence { get; }

    /// <summary>The run state as the adapter knows it now.</summary>
    DutState State { get; }

    /// <summary>Starts the DUT (or has it started) with the values of this test.</summary>
    Task<DutActionResult> StartAsync(DutConfiguration configuration, CancellationToken cancellationToken = default);

    /// <summary>Stops the DUT so the next test finds fresh state.</summary>
    Task<DutActionResult> StopAsync(CancellationToken cancellationToken = default);

    /// <summary>Brings the DUT back to its initial state with the configuration it was last started with.</summary>
    Task<DutActionResult> ResetAsync(CancellationToken cancellationToken = default);

    /// <summary>Applies the stimulus the plan names <paramref name="name"/> (update now, change a value, reboot...).</summary>
    Task<DutActionResult> SendStimulusAsync(string name, IReadOnlyDictionary<string, string>? arguments = null, CancellationToken cancellationToken = default);
}
