using Harness.Protocol.Lwm2m;
using Harness.Protocol.Lwm2m.Model;

namespace Harness.Runtime.Peers.Client;

/// <summary>What <see cref="ReferenceDeviceObjects"/> needs from its caller; everything else is fixed reference data.</summary>
public sealed record ReferenceDeviceSettings
{
    /// <summary>The LwM2M Server URI of the Security instance, e.g. "coap://127.0.0.1:5683".</summary>
    public required string ServerUri { get; init; }

    /// <summary>Registration lifetime in seconds (/1/0/1).</summary>
    public long LifetimeSeconds { get; init; } = 86_400;

    public VersionNumber Lwm2mVersion { get; init; } = Lwm2mVersions.V11;

    /// <summary>Short Server ID shared by /0/0/10 and /1/0/0.</summary>
    public int ShortServerId { get; init; } = 1;

    /// <summary>Object definitions; the built-in ones unless a plan adds its own.</summary>
    public ObjectModelRegistry Model { get; init; } = BuiltInObjectModel.Registry;

    /// <summary>Source of the Device object's Current Time (/3/0/13) at creation.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
