using Harness.Protocol.Coap.Tcp;

namespace Harness.Runtime.Coap.Tcp;

/// <summary>
/// How a CoAP over TCP endpoint behaves: what its CSM announces, how long it waits for things, and
/// which automatic behaviour a lock-step test may switch off to see the raw traffic.
/// </summary>
public sealed record CoapTcpSettings
{
    /// <summary>Max-Message-Size this endpoint announces and enforces on what it receives (RFC 8323 §5.3.1).</summary>
    public uint MaxMessageSize { get; init; } = 1024 * 1024;

    /// <summary>Announce Block-Wise-Transfer (and with a Max-Message-Size above 1152, BERT) (RFC 8323 §5.3.2).</summary>
    public bool BlockWiseTransfer { get; init; } = true;

    /// <summary>Send our CSM as soon as the connection is up (RFC 8323 §3.3); off for raw negative tests.</summary>
    public bool SendCsm { get; init; } = true;

    /// <summary>Treat a first message other than a CSM as a connection error and abort (RFC 8323 §3.3).</summary>
    public bool RequirePeerCsmFirst { get; init; } = true;

    /// <summary>How long a connecting client waits for the peer's CSM.</summary>
    public TimeSpan CsmTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Default deadline for a response, a Pong or a notification.</summary>
    public TimeSpan ResponseTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Answer Pings with Pongs (RFC 8323 §5.4); off to test a peer's ping timeout.</summary>
    public bool AnswerPings { get; init; } = true;

    /// <summary>Received frames kept for the raw API; the oldest are dropped beyond this.</summary>
    public int RawFrameCapacity { get; init; } = 4096;

    /// <summary>The CSM this endpoint sends.</summary>
    public CsmSignal Csm => new(MaxMessageSize, BlockWiseTransfer);
}
