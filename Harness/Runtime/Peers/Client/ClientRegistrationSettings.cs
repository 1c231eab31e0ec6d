using System.Net;
using Harness.Protocol.Lwm2m;
using Harness.Protocol.Lwm2m.Messages;
using Harness.Protocol.Lwm2m.Model;

namespace Harness.Runtime.Peers.Client;

/// <summary>What the client registers with and how it behaves; the server and endpoint name have no default.</summary>
public sealed record ClientRegistrationSettings
{
    /// <summary>The LwM2M Server's address (loopback in this suite).</summary>
    public required IPEndPoint Server { get; init; }

    /// <summary>The Endpoint Client Name sent as <c>ep</c>.</summary>
    public required string Endpoint { get; init; }

    /// <summary>The registration lifetime in seconds, sent as <c>lt</c>; it also sets when the periodic Update goes out.</summary>
    public uint Lifetime { get; init; } = RegisterRequest.DefaultLifetime;

    /// <summary>The LwM2M version the client speaks: the <c>lwm2m</c> value and the queue-mode form (1.0: b=UQ; 1.1 on: Q).</summary>
    public VersionNumber Version { get; init; } = Lwm2mVersions.V11;

    /// <summary>The binding without the 1.0 queue-mode letter, sent as <c>b</c>.</summary>
    public string Binding { get; init; } = BindingModes.Udp;

    public bool QueueMode { get; init; }

    /// <summary>How long a queue-mode client stays reachable after an uplink; null means MAX_TRANSMIT_WAIT (OMA TS Core, Queue Mode).</summary>
    public TimeSpan? AwakeWindow { get; init; }

    /// <summary>How many times a Register is tried before the engine gives up and reports it.</summary>
    public int MaxRegisterAttempts { get; init; } = 3;

    /// <summary>Pause before the next Register attempt after a refusal or timeout; null means ACK_TIMEOUT.</summary>
    public TimeSpan? RegisterRetryDelay { get; init; }

    public RegistrationFaults Faults { get; init; }

    public bool Has(RegistrationFaults fault) => (Faults & fault) == fault && fault != RegistrationFaults.None;
}
