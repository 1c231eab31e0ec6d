using System.Net;
using Harness.Protocol.Coap;

namespace Harness.Runtime.Coap;

/// <summary>Single messages with the endpoint's reliability but no request/response matching.</summary>
public sealed partial class CoapUdpEndpoint
{
    /// <summary>
    /// Sends <paramref name="message"/> as CON with a fresh message id and retransmits it until ACKed;
    /// returns the ACK. Fails with <see cref="CoapResetException"/> on RST or <see cref="CoapTimeoutException"/>
    /// after MAX_RETRANSMIT retransmissions.
    /// </summary>
    public async Task<CoapMessage> SendConfirmableAsync(CoapMessage message, IPEndPoint peer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(peer);
        ObjectDisposedException.ThrowIf(shutdown.IsCancellationRequested, this);
        var confirmable = message.WithType(CoapMessageType.Confirmable).WithMessageId(messageIds.Next());
        var transmission = new ConfirmableTransmission(confirmable, peer, Settings, NextUnitSample(), TimeProvider, Send, OnTransmissionEnded);
        lock (gate)
        {
            transmissions[transmission.Key] = transmission;
        }

        transmission.Start();
        try
        {
            // The transmission gives up by itself within MAX_TRANSMIT_WAIT; twice that only guards against a stalled timer.
            return await Deadline.WaitAsync(
                transmission.Outcome,
                Settings.MaxTransmitWait * 2,
                TimeProvider,
                () => $"no ACK for {CoapMessageText.Brief(confirmable)} from {peer}",
                cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            transmission.Stop(new OperationCanceledException("CON abandoned by its sender"));
        }
    }

    /// <summary>
    /// Sends <paramref name="message"/> once as NON with a fresh message id; returns what was sent. A matching RST
    /// within NON_LIFETIME is passed to <paramref name="onReset"/> (an observer cancelling, RFC 7641 §3.6).
    /// </summary>
    public CoapMessage SendNonConfirmable(CoapMessage message, IPEndPoint peer, Action<CoapMessage>? onReset = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(peer);
        var non = message.WithType(CoapMessageType.NonConfirmable).WithMessageId(messageIds.Next());
        var now = TimeProvider.GetUtcNow();
        lock (gate)
        {
            PurgeSentNonConfirmables(now);
            sentNonConfirmables[new PeerMessageKey(peer, non.MessageId)] = new SentNonConfirmable(non, now + Settings.NonLifetime, onReset);
        }

        SendMessage(non, peer);
        return non;
    }

    private void PurgeSentNonConfirmables(DateTimeOffset now)
    {
        if (sentNonConfirmables.Count < 1024)
        {
            return;
        }

        foreach (var key in sentNonConfirmables.Where(p => p.Value.Expires <= now).Select(p => p.Key).ToList())
        {
            sentNonConfirmables.Remove(key);
        }
    }
}
