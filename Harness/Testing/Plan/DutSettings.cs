using Harness.Protocol.Lwm2m.Model;

namespace Harness.Testing.Plan;

/// <summary>The device under test.</summary>
public sealed class DutSettings
{
    public required DutRole Role { get; init; }

    /// <summary>The LwM2M enabler version the DUT implements (1.0, 1.1 or 1.2).</summary>
    public required VersionNumber Lwm2mVersion { get; init; }

    /// <summary>The endpoint client name the DUT registers with (client role) or the harness uses (server role).</summary>
    public required string Endpoint { get; init; }

    public required AdapterSettings Adapter { get; init; }
}
