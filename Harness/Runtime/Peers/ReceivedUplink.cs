using Harness.Protocol.Coap;
using Harness.Runtime.Coap;

namespace Harness.Runtime.Peers;

/// <summary>One request the fake server received, waiting in its inbox to be expected and answered.</summary>
internal sealed class ReceivedUplink
{
    public ReceivedUplink(CoapIncomingRequest incoming, UplinkKind kind, long sequence)
    {
        Incoming = incoming;
        Kind = kind;
        Sequence = sequence;
    }

    public CoapIncomingRequest Incoming { get; }

    public CoapMessage Message => Incoming.Message;

    public UplinkKind Kind { get; }

    /// <summary>Arrival order, so that a timeout lists only what came while waiting.</summary>
    public long Sequence { get; }

    /// <summary>Taken by an Expect call; never handed out twice.</summary>
    public bool Consumed { get; set; }

    /// <summary>The response the handler returns; null rejects with RST. Never completed for "no answer".</summary>
    public TaskCompletionSource<CoapMessage?> Answer { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The test chose to send nothing (or raw bytes); the handler stays pending until the server closes.</summary>
    public bool Abandoned { get; set; }

    /// <summary>Set when the answer was given without a test (automatic policy, or 4.04 for unknown requests).</summary>
    public CoapMessage? AutomaticAnswer { get; set; }

    public override string ToString() => $"{Kind}: {Message} from {Incoming.Peer}";
}
