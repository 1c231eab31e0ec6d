using System.Net;
using Harness.Protocol.Coap;

namespace Harness.Runtime.Coap;

/// <summary>
/// A request we sent and the state of waiting for its response: the CON transmission if any, the
/// NSTART slot, the deadline for a separate or NON response, and for observations the sink of later
/// notifications that share its token.
/// </summary>
internal sealed class ClientExchange(CoapMessage request, IPEndPoint peer, TimeSpan responseTimeout)
{
    private int slotReleased;
    private ITimer? responseTimer;

    public CoapMessage Request { get; } = request;

    public IPEndPoint Peer { get; } = peer;

    public PeerTokenKey Key { get; } = PeerTokenKey.Of(peer, request.Token);

    public TimeSpan ResponseTimeout { get; } = responseTimeout;

    public TaskCompletionSource<CoapMessage> Response { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ConfirmableTransmission? Transmission { get; set; }

    /// <summary>Receives every response after the first one (RFC 7641 notifications); null for plain requests.</summary>
    public Action<CoapMessage, DateTimeOffset>? NotificationSink { get; set; }

    /// <summary>True once, for whoever frees the NSTART slot.</summary>
    public bool TryTakeSlotRelease() => Interlocked.Exchange(ref slotReleased, 1) == 0;

    /// <summary>Starts the wait for a response after the request is known to have arrived (empty ACK) or was sent as NON.</summary>
    public void ArmResponseTimer(TimeProvider time, string since)
    {
        var timer = time.CreateTimer(
            _ => Response.TrySetException(new CoapTimeoutException(
                $"no response to {CoapMessageText.Brief(Request)} from {Peer} within {CoapMessageText.Seconds(ResponseTimeout)} {since}")),
            null,
            ResponseTimeout,
            Timeout.InfiniteTimeSpan);
        Interlocked.Exchange(ref responseTimer, timer)?.Dispose();
    }

    public void DisarmResponseTimer() => Interlocked.Exchange(ref responseTimer, null)?.Dispose();
}
