using System.Net;
using Harness.Protocol.Coap;

namespace Harness.Runtime.Coap;

/// <summary>
/// One CON message and its retransmissions (RFC 7252 §4.2): the first timeout is drawn from
/// [ACK_TIMEOUT, ACK_TIMEOUT × ACK_RANDOM_FACTOR], each retransmission doubles it, and after
/// MAX_RETRANSMIT retransmissions one more timeout ends it with a timeout error. An ACK or a
/// matching RST ends it earlier. Timers come from the endpoint's time provider.
/// </summary>
internal sealed class ConfirmableTransmission
{
    private readonly Action<byte[], IPEndPoint> send;
    private readonly TimeProvider time;
    private readonly int maxRetransmit;
    private readonly Action<ConfirmableTransmission> ended;
    private readonly TaskCompletionSource<CoapMessage> outcome = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock gate = new();
    private ITimer? timer;
    private TimeSpan currentTimeout;
    private bool finished;

    public ConfirmableTransmission(
        CoapMessage message,
        IPEndPoint peer,
        CoapTransmissionSettings settings,
        double unitSample,
        TimeProvider time,
        Action<byte[], IPEndPoint> send,
        Action<ConfirmableTransmission> ended)
    {
        Message = message;
        Bytes = CoapUdpCodec.Encode(message);
        Peer = peer;
        this.time = time;
        this.send = send;
        this.ended = ended;
        maxRetransmit = settings.MaxRetransmit;
        InitialTimeout = settings.InitialTimeout(unitSample);
        currentTimeout = InitialTimeout;
    }

    public CoapMessage Message { get; }

    public byte[] Bytes { get; }

    public IPEndPoint Peer { get; }

    public PeerMessageKey Key => new(Peer, Message.MessageId);

    public TimeSpan InitialTimeout { get; }

    public DateTimeOffset FirstSentAt { get; private set; }

    public int Retransmissions { get; private set; }

    /// <summary>The client exchange this CON carries, if it is a request.</summary>
    public ClientExchange? Exchange { get; init; }

    /// <summary>The ACK that ended it; faults with <see cref="CoapResetException"/> or <see cref="CoapTimeoutException"/>.</summary>
    public Task<CoapMessage> Outcome => outcome.Task;

    public void Start()
    {
        lock (gate)
        {
            FirstSentAt = time.GetUtcNow();
            send(Bytes, Peer);
            timer = time.CreateTimer(_ => OnTimeout(), null, currentTimeout, Timeout.InfiniteTimeSpan);
        }
    }

    public bool Acknowledge(CoapMessage ack) => Complete(o => o.TrySetResult(ack));

    public bool Reject(CoapMessage reset)
    {
        ArgumentNullException.ThrowIfNull(reset);
        var error = new CoapResetException(
            $"{CoapMessageText.Brief(Message)} to {Peer} was rejected by RST after {CoapMessageText.Seconds(time.GetUtcNow() - FirstSentAt)}");
        return Complete(o => o.TrySetException(error));
    }

    /// <summary>
    /// Stops retransmitting without an ACK: a response implied it (the outcome is then the message itself),
    /// or the endpoint is closing (the outcome is <paramref name="reason"/>).
    /// </summary>
    public void Stop(Exception? reason = null) =>
        Complete(o =>
        {
            if (reason is null)
            {
                o.TrySetResult(Message);
            }
            else
            {
                o.TrySetException(reason);
            }
        });

    private void OnTimeout()
    {
        lock (gate)
        {
            if (finished)
            {
                return;
            }

            if (Retransmissions < maxRetransmit)
            {
                Retransmissions++;
                currentTimeout *= 2;
                send(Bytes, Peer);
                timer!.Change(currentTimeout, Timeout.InfiniteTimeSpan);
                return;
            }
        }

        var elapsed = time.GetUtcNow() - FirstSentAt;
        var error = new CoapTimeoutException(
            $"no ACK for {CoapMessageText.Brief(Message)} from {Peer} after {Retransmissions} retransmissions within {CoapMessageText.Seconds(elapsed)}");
        Complete(o => o.TrySetException(error));
    }

    /// <summary>Ends the transmission once: stops the timer, settles the outcome, then tells the endpoint.</summary>
    private bool Complete(Action<TaskCompletionSource<CoapMessage>> settle)
    {
        lock (gate)
        {
            if (finished)
            {
                return false;
            }

            finished = true;
            timer?.Dispose();
        }

        settle(outcome);
        ended(this);
        return true;
    }
}
