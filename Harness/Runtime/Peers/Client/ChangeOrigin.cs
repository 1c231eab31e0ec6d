namespace Harness.Runtime.Peers.Client;

/// <summary>Who changed a node of a <see cref="ClientObjectStore"/>.</summary>
public enum ChangeOrigin
{
    /// <summary>An LwM2M Server through Write, Write-Composite, Create or Delete.</summary>
    Server,

    /// <summary>The client itself (its application, a sensor, the registration engine).</summary>
    Client,
}
