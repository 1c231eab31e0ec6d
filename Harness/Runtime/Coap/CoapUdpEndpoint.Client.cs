using System.Net;
using Harness.Protocol.Coap;

namespace Harness.Runtime.Coap;

/// <summary>The client side: requests as CON or NON, matched to their piggybacked, separate or NON responses.</summary>
public sealed partial class CoapUdpEndpoint
{
    /// <summary>
    /// Sends a request and returns its response. The endpoint assigns the message id, and a fresh token when
    /// the request has none; type CON gets retransmissions, NON is sent once. Fails with
    /// <see cref="CoapTimeoutException"/> or <see cref="CoapResetException"/> naming the request and peer.
    /// </summary>
    public async Task<CoapMessage> SendRequestAsync(CoapMessage request, IPEndPoint peer, CoapRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var exchange = await BeginRequestAsync(request, peer, options, null, cancellationToken).ConfigureAwait(false);
        try
        {
            return await AwaitResponseAsync(exchange, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            EndExchange(exchange);
        }
    }

    /// <summary>A token from the endpoint's generator, for callers that must know it before sending.</summary>
    public byte[] NewToken() => tokens.Next();

    internal async Task<ClientExchange> BeginRequestAsync(
        CoapMessage request,
        IPEndPoint peer,
        CoapRequestOptions? options,
        Action<CoapMessage, DateTimeOffset>? notificationSink,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(peer);
        ObjectDisposedException.ThrowIf(shutdown.IsCancellationRequested, this);
        if (!request.IsRequest || request.Type is not (CoapMessageType.Confirmable or CoapMessageType.NonConfirmable))
        {
            throw new ArgumentException($"Not a CON or NON request: {request}; use the raw API for anything else", nameof(request));
        }

        await congestion.AcquireAsync(peer, Settings.ExchangeLifetime, cancellationToken).ConfigureAwait(false);
        var message = request.WithMessageId(messageIds.Next()).WithToken(request.Token.IsEmpty ? tokens.Next() : request.Token);
        var exchange = new ClientExchange(message, peer, options?.ResponseTimeout ?? Settings.MaxTransmitWait) { NotificationSink = notificationSink };
        lock (gate)
        {
            if (!exchanges.TryAdd(exchange.Key, exchange))
            {
                congestion.Release(peer);
                throw new InvalidOperationException($"Token {message.TokenHex} is already in use with {peer}");
            }
        }

        if (message.Type == CoapMessageType.Confirmable)
        {
            var transmission = new ConfirmableTransmission(message, peer, Settings, NextUnitSample(), TimeProvider, Send, OnTransmissionEnded) { Exchange = exchange };
            exchange.Transmission = transmission;
            lock (gate)
            {
                transmissions[transmission.Key] = transmission;
            }

            transmission.Start();
        }
        else
        {
            SendMessage(message, peer);
            exchange.ArmResponseTimer(TimeProvider, "after sending it");
        }

        return exchange;
    }

    /// <summary>Waits for the first response; the bound covers the CON phase and the response phase together.</summary>
    internal Task<CoapMessage> AwaitResponseAsync(ClientExchange exchange, CancellationToken cancellationToken) =>
        Deadline.WaitAsync(
            exchange.Response.Task,
            Settings.MaxTransmitWait + exchange.ResponseTimeout,
            TimeProvider,
            () => $"no response to {CoapMessageText.Brief(exchange.Request)} from {exchange.Peer}",
            cancellationToken);

    /// <summary>Forgets the exchange: later responses with its token are rejected with RST.</summary>
    internal void EndExchange(ClientExchange exchange)
    {
        lock (gate)
        {
            if (exchanges.TryGetValue(exchange.Key, out var current) && current == exchange)
            {
                exchanges.Remove(exchange.Key);
            }
        }

        exchange.Transmission?.Stop();
        exchange.DisarmResponseTimer();
        ReleaseSlot(exchange);
    }

    private void ReleaseSlot(ClientExchange exchange)
    {
        if (exchange.TryTakeSlotRelease())
        {
            congestion.Release(exchange.Peer);
        }
    }

    /// <summary>Every CON ends here once: ACKed, reset, given up, or stopped.</summary>
    private void OnTransmissionEnded(ConfirmableTransmission transmission)
    {
        lock (gate)
        {
            if (transmissions.TryGetValue(transmission.Key, out var current) && current == transmission)
            {
                transmissions.Remove(transmission.Key);
            }
        }

        if (transmission.Exchange is not { } exchange)
        {
            return;
        }

        var outcome = transmission.Outcome;
        if (outcome.IsFaulted)
        {
            exchange.Response.TrySetException(outcome.Exception!.InnerExceptions);
            return;
        }

        var ack = outcome.Result;
        if (ack.Type != CoapMessageType.Acknowledgement || exchange.Response.Task.IsCompleted)
        {
            return;
        }

        if (!ack.IsEmpty && ack.Token.Span.SequenceEqual(exchange.Request.Token.Span))
        {
            Deliver(exchange, ack, TimeProvider.GetUtcNow());
            return;
        }

        if (!ack.IsEmpty)
        {
            log.Incident(new(TimeProvider.GetUtcNow(), $"{ack} from {exchange.Peer} acknowledges {CoapMessageText.Brief(exchange.Request)} but its token differs; waiting for a separate response"));
        }

        // Empty ACK: the request arrived; the interaction is no longer outstanding (§4.7) and the response comes separately.
        ReleaseSlot(exchange);
        exchange.ArmResponseTimer(TimeProvider, "after its empty ACK");
    }
}
