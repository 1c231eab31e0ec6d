using System.Net;
using Harness.Protocol.Lwm2m.Content;
using Harness.Protocol.Lwm2m.Model;
using Harness.Runtime.Coap;

namespace Harness.Runtime.Peers;

/// <summary>How a <see cref="FakeLwm2mServer"/> binds, waits and decodes; every member has a usable default.</summary>
public sealed record FakeLwm2mServerSettings
{
    private readonly ObjectModelRegistry? model;

    /// <summary>Loopback with an ephemeral port unless a test needs a fixed one.</summary>
    public IPEndPoint LocalEndPoint { get; init; } = new(IPAddress.Loopback, 0);

    public CoapTransmissionSettings Transmission { get; init; } = CoapTransmissionSettings.Default;

    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>How long an Expect call waits; null means MAX_TRANSMIT_WAIT, the span a CON may take to arrive.</summary>
    public TimeSpan? ExpectTimeout { get; init; }

    /// <summary>How long a request to a sleeping queue-mode client may be held before it is given up.</summary>
    public TimeSpan? QueuedRequestTimeout { get; init; }

    /// <summary>
    /// How long a queue-mode client counts as awake after its last Register or Update; null means
    /// MAX_TRANSMIT_WAIT, the least a 1.1 client stays reachable (OMA TS Core, Queue Mode).
    /// </summary>
    public TimeSpan? AwakeWindow { get; init; }

    public RegistrationAnswerPolicy AnswerPolicy { get; init; } = RegistrationAnswerPolicy.Manual;

    /// <summary>The version whose rules judge Register (e.g. lwm2m= mandatory from 1.1); null judges by what the client states.</summary>
    public VersionNumber? ExpectedVersion { get; init; }

    /// <summary>Codec for a Content-Format, or null; responses without one keep only their bytes.</summary>
    public Func<int, ILwm2mContentCodec?>? Codecs { get; init; }

    /// <summary>
    /// The object definitions responses are decoded with; unless set, the built-in ones, loaded on first use only
    /// (loading them takes about 0.1 s, which a test that decodes no content should not pay).
    /// </summary>
    public ObjectModelRegistry Model
    {
        get => model ?? BuiltInObjectModel.Registry;
        init => model = value;
    }

    /// <summary>Told of every wait for the peer (Expect calls, responses to sent requests); null: nobody counts.</summary>
    public IPeerWaitObserver? WaitObserver { get; init; }

    public TimeSpan EffectiveExpectTimeout => ExpectTimeout ?? Transmission.MaxTransmitWait;

    public TimeSpan EffectiveQueuedRequestTimeout => QueuedRequestTimeout ?? Transmission.MaxTransmitWait;

    public TimeSpan EffectiveAwakeWindow => AwakeWindow ?? Transmission.MaxTransmitWait;
}
