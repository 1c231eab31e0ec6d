using System.Net;
using Harness.Protocol.Coap;

namespace Harness.Runtime.Coap;

/// <summary>
/// A request given to a <see cref="CoapRequestHandler"/>, with the means to acknowledge it now and
/// answer later as a separate response (RFC 7252 §5.2.2).
/// </summary>
public sealed class CoapIncomingRequest
{
    private readonly Func<CoapIncomingRequest, bool> sendEmptyAck;
    private readonly Lock gate = new();
    private State state;

    internal CoapIncomingRequest(CoapMessage message, IPEndPoint peer, DateTimeOffset receivedAt, Func<CoapIncomingRequest, bool> sendEmptyAck)
    {
        Message = message;
        Peer = peer;
        ReceivedAt = receivedAt;
        this.sendEmptyAck = sendEmptyAck;
    }

    private enum State
    {
        Pending,
        Acknowledged,
        Answered,
    }

    public CoapMessage Message { get; }

    public IPEndPoint Peer { get; }

    public DateTimeOffset ReceivedAt { get; }

    public bool IsConfirmable => Message.Type == CoapMessageType.Confirmable;

    /// <summary>Type of the separate response after <see cref="AcknowledgeAsync"/>; NON requests are answered with NON.</summary>
    public CoapMessageType SeparateResponseType { get; private set; } = CoapMessageType.Confirmable;

    public bool IsAcknowledged
    {
        get
        {
            lock (gate)
            {
                return state == State.Acknowledged;
            }
        }
    }

    /// <summary>
    /// Sends the empty ACK of a CON request now, so the response returned by the handler goes out as a
    /// separate CON (or NON) message matched by token. Does nothing for NON requests or when already done.
    /// </summary>
    public ValueTask AcknowledgeAsync(CoapMessageType separateResponseType = CoapMessageType.Confirmable)
    {
        if (separateResponseType is not (CoapMessageType.Confirmable or CoapMessageType.NonConfirmable))
        {
            throw new ArgumentOutOfRangeException(nameof(separateResponseType), separateResponseType, "A separate response is CON or NON");
        }

        lock (gate)
        {
            if (state != State.Pending || !IsConfirmable)
            {
                return ValueTask.CompletedTask;
            }

            state = State.Acknowledged;
            SeparateResponseType = separateResponseType;
        }

        sendEmptyAck(this);
        return ValueTask.CompletedTask;
    }

    /// <summary>True once for the answer that may still ride in the ACK or reject the request.</summary>
    internal bool TryClaimImmediateAnswer()
    {
        lock (gate)
        {
            if (state != State.Pending)
            {
                return false;
            }

            state = State.Answered;
            return true;
        }
    }

    public override string ToString() => $"{Message} from {Peer}";
}
