namespace Harness.Testing.Plan;

/// <summary>
/// The lifetimes the ETS registration test cases use. Defaults are the ETS numbers; a plan may shorten
/// them so the whole run stays short (the reference device's default plan does). Waits derive from them
/// plus the timing tolerances.
/// </summary>
public sealed class EtsTimerSettings
{
    /// <summary>int-102, int-104: the lifetime the server writes to /1/0/1 (ETS: 20 s).</summary>
    [PlanRange(1, 86400)]
    public int ShortLifetimeSeconds { get; init; } = 20;

    /// <summary>int-107: the lifetime the DUT registers with before the server extends it (ETS: 60 s).</summary>
    [PlanRange(1, 86400)]
    public int InitialLifetimeSeconds { get; init; } = 60;

    /// <summary>int-107: the extended lifetime the server writes; must exceed the initial one (ETS: 120 s).</summary>
    [PlanRange(1, 86400)]
    public int ExtendedLifetimeSeconds { get; init; } = 120;

    /// <summary>int-109: the lifetime the server writes to a queue-mode DUT (ETS: 240 s).</summary>
    [PlanRange(1, 86400)]
    public int QueueModeLifetimeSeconds { get; init; } = 240;
}
