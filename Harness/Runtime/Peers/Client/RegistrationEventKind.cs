namespace Harness.Runtime.Peers.Client;

/// <summary>What happened in the registration engine.</summary>
public enum RegistrationEventKind
{
    RegisterSent,
    Registered,
    RegisterFailed,
    UpdateSent,
    Updated,
    UpdateFailed,
    Deregistered,
    DeregisterFailed,

    /// <summary>A De-register was due but the no-deregister fault left it out.</summary>
    DeregisterSkipped,
    Disabled,
    Sleeping,
    Awake,

    /// <summary>Datagrams that arrived while asleep were dropped unanswered.</summary>
    Dropped,

    /// <summary>A background operation failed unexpectedly (a bug, not a protocol outcome).</summary>
    Error,
}
