namespace Harness.Testing.Plan;

/// <summary>Implementation extra information for testing: addresses, ports, timers, tolerances.</summary>
public sealed class IxitSettings
{
    /// <summary>The address the harness's server peers listen on.</summary>
    public string ServerAddress { get; init; } = "127.0.0.1";

    /// <summary>The harness's LwM2M Server port; 0 picks a free port per test.</summary>
    [PlanRange(0, 65535)]
    public int ServerPort { get; init; }

    /// <summary>The harness's Bootstrap Server port; 0 picks a free port per test.</summary>
    [PlanRange(0, 65535)]
    public int BootstrapServerPort { get; init; }

    /// <summary>The DUT's address when the harness connects to it (server roles, attach).</summary>
    public string? DutAddress { get; init; }

    [PlanRange(1, 65535)]
    public int? DutPort { get; init; }

    /// <summary>The registration lifetime the DUT is configured with.</summary>
    [PlanRange(1, 86400)]
    public int LifetimeSeconds { get; init; } = 60;

    public TransmissionSettings Transmission { get; init; } = new();

    public ToleranceSettings Tolerances { get; init; } = new();

    /// <summary>Lifetimes the ETS test cases write or configure; the ETS values by default, shorter ones for quick runs.</summary>
    public EtsTimerSettings Ets { get; init; } = new();
}
