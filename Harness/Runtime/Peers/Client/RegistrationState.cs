namespace Harness.Runtime.Peers.Client;

/// <summary>Where the client stands with its LwM2M Server.</summary>
public enum RegistrationState
{
    /// <summary>Not registered: never started, de-registered, or registering failed.</summary>
    Unregistered,

    /// <summary>Registered at <see cref="Lwm2mClientRegistration.Location"/>; periodic Updates are scheduled.</summary>
    Registered,

    /// <summary>De-registered by a Disable; registers again when the disable timeout ends.</summary>
    Disabled,

    /// <summary>Stopped for good; every further operation is refused.</summary>
    Stopped,
}
