using System.Net;
using Harness.Protocol.Coap;

namespace Harness.Runtime.Coap;

/// <summary>The message layer for incoming datagrams (RFC 7252 §4): decode, deduplicate, match, reject.</summary>
public sealed partial class CoapUdpEndpoint
{
    private void Dispatch(CoapDatagram datagram)
    {
        if (ReceiveMode == CoapReceiveMode.Raw)
        {
            rawQueue.Writer.TryWrite(datagram);
            return;
        }

        if (datagram.Message is not { } message)
        {
            OnUndecodable(datagram);
            return;
        }

        switch (message.Type)
        {
            case CoapMessageType.Acknowledgement:
                OnAcknowledgement(message, datagram.Remote);
                break;
            case CoapMessageType.Reset:
                OnReset(message, datagram.Remote);
                break;
            default:
                OnConfirmableOrNonConfirmable(message, datagram);
                break;
        }
    }

    /// <summary>
    /// A CON whose 4-byte header is readable gets an RST with its message id (§4.2); anything else that
    /// fails decoding is dropped silently (§4.2, §4.3), and versions other than 1 are ignored (§3).
    /// </summary>
    private void OnUndecodable(CoapDatagram datagram)
    {
        var bytes = datagram.Bytes;
        bool resettable = bytes.Length >= CoapUdpCodec.HeaderLength
            && bytes[0] >> 6 == CoapUdpCodec.Version
            && (CoapMessageType)((bytes[0] >> 4) & 0x3) == CoapMessageType.Confirmable;
        if (resettable)
        {
            SendMessage(new CoapMessage(CoapMessageType.Reset, CoapCode.Empty, (ushort)((bytes[2] << 8) | bytes[3])), datagram.Remote);
        }

        log.DecodeError(new CoapDecodeErrorEvent(datagram, datagram.Decoded.FirstError!, resettable));
    }

    private void OnAcknowledgement(CoapMessage ack, IPEndPoint peer)
    {
        if (FindTransmission(new PeerMessageKey(peer, ack.MessageId)) is not { } transmission || !transmission.Acknowledge(ack))
        {
            log.Incident(new(TimeProvider.GetUtcNow(), $"ignored {ack} from {peer}: it matches no outstanding CON"));
        }
    }

    private void OnReset(CoapMessage reset, IPEndPoint peer)
    {
        var key = new PeerMessageKey(peer, reset.MessageId);
        if (FindTransmission(key) is { } transmission && transmission.Reject(reset))
        {
            return;
        }

        SentNonConfirmable? non;
        lock (gate)
        {
            if (sentNonConfirmables.Remove(key, out non) && non.Expires <= TimeProvider.GetUtcNow())
            {
                non = null;
            }
        }

        if (non?.OnReset is { } onReset)
        {
            onReset(non.Message);
            return;
        }

        log.Incident(new(TimeProvider.GetUtcNow(), $"ignored {reset} from {peer}: it matches no message we sent"));
    }

    private void OnConfirmableOrNonConfirmable(CoapMessage message, CoapDatagram datagram)
    {
        var peer = datagram.Remote;
        bool confirmable = message.Type == CoapMessageType.Confirmable;
        if (message.IsEmpty)
        {
            // An empty CON is a CoAP ping and gets RST; an empty NON is meaningless and dropped (§4.3).
            if (confirmable)
            {
                Reject(message, peer);
            }

            return;
        }

        var key = new PeerMessageKey(peer, message.MessageId);
        var lifetime = confirmable ? Settings.ExchangeLifetime : Settings.NonLifetime;
        if (!duplicates.TryRegister(key, datagram.Time, lifetime, out byte[]? earlierReply))
        {
            if (confirmable && earlierReply is not null)
            {
                Send(earlierReply, peer);
            }

            return;
        }

        if (message.IsRequest)
        {
            OnRequest(message, peer, datagram.Time);
        }
        else if (message.IsResponse)
        {
            OnResponse(message, peer, datagram.Time);
        }
        else if (confirmable)
        {
            // Reserved code classes (1, 3, 6, 7 over UDP) cannot be processed.
            Reject(message, peer);
        }
    }

    /// <summary>Responses match by token and peer (§5.3.2); an unmatched one, such as a notification after cancelling, gets RST.</summary>
    private void OnResponse(CoapMessage response, IPEndPoint peer, DateTimeOffset receivedAt)
    {
        ClientExchange? exchange;
        lock (gate)
        {
            exchanges.TryGetValue(PeerTokenKey.Of(peer, response.Token), out exchange);
        }

        if (exchange is null || UnrecognizedCriticalOption(response) is not null)
        {
            Reject(response, peer);
            return;
        }

        if (response.Type == CoapMessageType.Confirmable)
        {
            var ack = SendMessage(new CoapMessage(CoapMessageType.Acknowledgement, CoapCode.Empty, response.MessageId), peer);
            duplicates.SetReply(new PeerMessageKey(peer, response.MessageId), ack);
        }

        Deliver(exchange, response, receivedAt);
    }

    private void Deliver(ClientExchange exchange, CoapMessage response, DateTimeOffset receivedAt)
    {
        if (!exchange.Response.Task.IsCompleted)
        {
            // A response implies the request arrived: stop retransmitting it (§5.2.2).
            exchange.Transmission?.Stop();
            exchange.DisarmResponseTimer();
            ReleaseSlot(exchange);
            exchange.Response.TrySetResult(response);
        }
        else
        {
            exchange.NotificationSink?.Invoke(response, receivedAt);
        }
    }

    private void Reject(CoapMessage message, IPEndPoint peer)
    {
        var reset = SendMessage(new CoapMessage(CoapMessageType.Reset, CoapCode.Empty, message.MessageId), peer);
        duplicates.SetReply(new PeerMessageKey(peer, message.MessageId), reset);
    }

    private ConfirmableTransmission? FindTransmission(PeerMessageKey key)
    {
        lock (gate)
        {
            return transmissions.GetValueOrDefault(key);
        }
    }

    /// <summary>A critical option we do not know makes a message unprocessable (§5.4.1).</summary>
    private static int? UnrecognizedCriticalOption(CoapMessage message)
    {
        foreach (var option in message.Options)
        {
            if (OptionNumber.IsCritical(option.Number) && !OptionRegistry.TryGet(option.Number, out _))
            {
                return option.Number;
            }
        }

        return null;
    }
}
