using System.Net;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Harness.Protocol.Coap;
using Harness.Protocol.Coap.Blockwise;
using Harness.Protocol.Coap.Observe;

namespace Harness.Runtime.Coap;

/// <summary>
/// The observer side of one RFC 7641 registration: the first response, then notifications in arrival
/// order with the freshness rule of §3.4 applied (stale ones are kept aside, not delivered). CON
/// notifications are ACKed by the endpoint. Cancel with <see cref="CancelAsync"/> (GET with Observe=1)
/// or <see cref="ForgetAndResetNext"/> (RST on the next notification).
/// </summary>
public sealed class CoapObservation : IAsyncDisposable
{
    private readonly CoapUdpEndpoint endpoint;
    private readonly Channel<CoapNotification> notifications = Channel.CreateUnbounded<CoapNotification>();
    private readonly NotificationTracker tracker = new();
    private readonly List<CoapNotification> stale = [];
    private readonly Lock gate = new();
    private readonly DateTimeOffset origin;
    private ClientExchange? exchange;

    internal CoapObservation(CoapUdpEndpoint endpoint, CoapMessage request, IPEndPoint peer, DateTimeOffset origin)
    {
        this.endpoint = endpoint;
        Request = request;
        Peer = peer;
        this.origin = origin;
    }

    /// <summary>The registration as sent (with its message id and token).</summary>
    public CoapMessage Request { get; private set; }

    public IPEndPoint Peer { get; }

    /// <summary>The response to the registration, with a whole body when it came block-wise.</summary>
    public CoapNotification? FirstResponse { get; private set; }

    /// <summary>The server added the observer: the first response is a success and carries Observe (RFC 7641 §3.1).</summary>
    public bool IsEstablished => FirstResponse is { } first && first.Message.Code.IsSuccess && first.Message.Observe is not null;

    public bool IsActive => Volatile.Read(ref exchange) is not null;

    /// <summary>Notifications that the §3.4 rule judged older than one already delivered.</summary>
    public IReadOnlyList<CoapNotification> Stale
    {
        get
        {
            lock (gate)
            {
                return [.. stale];
            }
        }
    }

    /// <summary>
    /// The next fresh notification; <see cref="CoapTimeoutException"/> naming the observation after
    /// <paramref name="timeout"/>, <see cref="InvalidOperationException"/> once the observation has ended.
    /// </summary>
    public async Task<CoapNotification> NextAsync(TimeSpan timeout, CancellationToken cancellationToken = default) =>
        await TryNextAsync(timeout, cancellationToken).ConfigureAwait(false)
        ?? throw new InvalidOperationException($"The observation of {CoapMessageText.Brief(Request)} at {Peer} has ended");

    /// <summary>Notifications as they come, each within <paramref name="timeoutPerItem"/>, until the observation ends.</summary>
    public async IAsyncEnumerable<CoapNotification> ReadAllAsync(TimeSpan timeoutPerItem, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        while (await TryNextAsync(timeoutPerItem, cancellationToken).ConfigureAwait(false) is { } next)
        {
            yield return next;
        }
    }

    private async Task<CoapNotification?> TryNextAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = new CancellationTokenSource(timeout, endpoint.TimeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(deadline.Token, cancellationToken);
        try
        {
            while (await notifications.Reader.WaitToReadAsync(linked.Token).ConfigureAwait(false))
            {
                if (notifications.Reader.TryRead(out var next))
                {
                    return await CompleteBlocksAsync(next, cancellationToken).ConfigureAwait(false);
                }
            }

            return null;
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new CoapTimeoutException($"no notification for {CoapMessageText.Brief(Request)} from {Peer} within {CoapMessageText.Seconds(timeout)}");
        }
    }

    /// <summary>Cancels by a GET with Observe=1 and the registration's token (RFC 7641 §3.6); returns its response.</summary>
    public async Task<CoapMessage> CancelAsync(CancellationToken cancellationToken = default)
    {
        ForgetAndResetNext();
        var cancel = Request.WithReplacedOption(CoapOption.FromUInt(OptionNumber.Observe, 1)).WithoutOption(OptionNumber.Block2);
        return await endpoint.SendRequestAsync(cancel, Peer, null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Forgets the token: the next notification is rejected with RST, which cancels it (RFC 7641 §3.6).
    /// Notifications already received can still be read; then the observation has ended.
    /// </summary>
    public void ForgetAndResetNext()
    {
        if (Interlocked.Exchange(ref exchange, null) is { } active)
        {
            endpoint.EndExchange(active);
        }

        notifications.Writer.TryComplete();
    }

    public ValueTask DisposeAsync()
    {
        ForgetAndResetNext();
        return ValueTask.CompletedTask;
    }

    internal void Attach(ClientExchange active)
    {
        exchange = active;
        Request = active.Request;
    }

    internal async Task EstablishAsync(CoapMessage response, CancellationToken cancellationToken)
    {
        var first = Classify(response, endpoint.TimeProvider.GetUtcNow());
        FirstResponse = await CompleteBlocksAsync(first, cancellationToken).ConfigureAwait(false);
        if (!IsEstablished)
        {
            ForgetAndResetNext();
        }
    }

    /// <summary>Called on the receive loop for every later response with the token.</summary>
    internal void OnNotification(CoapMessage message, DateTimeOffset receivedAt)
    {
        var notification = Classify(message, receivedAt);
        if (notification.Freshness == NotificationFreshness.Stale)
        {
            lock (gate)
            {
                stale.Add(notification);
            }

            return;
        }

        notifications.Writer.TryWrite(notification);
        if (message.Observe is null || !message.Code.IsSuccess)
        {
            // A response without Observe, or an error, ends the observation (RFC 7641 §3.2, §4.2).
            ForgetAndResetNext();
        }
    }

    private CoapNotification Classify(CoapMessage message, DateTimeOffset receivedAt)
    {
        if (message.Observe is null)
        {
            return new CoapNotification(message, receivedAt, NotificationFreshness.First);
        }

        lock (gate)
        {
            return new CoapNotification(message, receivedAt, tracker.Accept(message, receivedAt - origin));
        }
    }

    private async Task<CoapNotification> CompleteBlocksAsync(CoapNotification notification, CancellationToken cancellationToken)
    {
        if (notification.Message.Block2 is not { More: true })
        {
            return notification;
        }

        var whole = await endpoint.ContinueDownloadAsync(new Block2Download(), Request, notification.Message, Peer, null, cancellationToken).ConfigureAwait(false);
        return notification with { Message = whole };
    }
}
