using Harness.Protocol.Coap;
using Harness.Protocol.Lwm2m;
using Harness.Protocol.Lwm2m.Model;

namespace Harness.Runtime.Peers.Client;

/// <summary>How a <see cref="DeviceManagementResponder"/> behaves; every member has a usable default.</summary>
public sealed record DeviceManagementOptions
{
    /// <summary>The enabler version whose rules apply (default content formats, codec rules).</summary>
    public VersionNumber Lwm2mVersion { get; init; } = Lwm2mVersions.V11;

    /// <summary>Faults to commit on purpose; <see cref="DeviceManagementFaults.None"/> for a correct client.</summary>
    public DeviceManagementFaults Faults { get; init; }

    /// <summary>Notifications go out as CON (acknowledged; an observer that never answers is dropped) or NON.</summary>
    public CoapMessageType NotificationType { get; init; } = CoapMessageType.Confirmable;

    /// <summary>The largest request body assembled from Block1 blocks.</summary>
    public int MaxRequestBodySize { get; init; } = 64 * 1024;
}
