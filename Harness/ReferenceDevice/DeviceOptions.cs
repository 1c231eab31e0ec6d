using System.Net;
using Harness.Protocol.Lwm2m;
using Harness.Protocol.Lwm2m.Messages;
using Harness.Protocol.Lwm2m.Model;

namespace Harness.ReferenceDevice;

/// <summary>The reference device's command line, read and checked.</summary>
internal sealed record DeviceOptions
{
    public required IPEndPoint Server { get; init; }

    public required string Endpoint { get; init; }

    public required uint Lifetime { get; init; }

    public VersionNumber Version { get; init; } = Lwm2mVersions.V11;

    public string Binding { get; init; } = BindingModes.Udp;

    public bool QueueMode { get; init; }

    public TimeSpan? AwakeWindow { get; init; }

    public TimeSpan? AckTimeout { get; init; }

    public IReadOnlyList<DeviceFault> Faults { get; init; } = [];

    /// <summary>The device's own UDP port; 0 picks a free one.</summary>
    public int Port { get; init; }
}
