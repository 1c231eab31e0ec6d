using Harness.Protocol.Coap;
using Harness.Protocol.Lwm2m.Messages;
using Harness.Runtime.Coap;

namespace Harness.Runtime.Peers;

/// <summary>Answering received requests through their handles: accept, respond, reset, abandon.</summary>
public sealed partial class FakeLwm2mServer
{
    internal async Task<Lwm2mRegistration?> AcceptAsync(ReceivedUplink uplink, object? parsed, CancellationToken cancellationToken)
    {
        if (parsed is null)
        {
            throw new InvalidOperationException($"Cannot accept an invalid {uplink.Kind}; answer it with RespondAsync. {uplink}");
        }

        EnsureUnanswered(uplink);
        var (response, after) = Track(uplink, parsed);
        await RespondAsync(uplink, response, cancellationToken).ConfigureAwait(false);
        if (after is not null && uplink.Kind is UplinkKind.Register or UplinkKind.Update && HasHeldRequests(after.Endpoint))
        {
            _ = FlushHeldRequestsAsync(after);
        }

        return after;
    }

    /// <summary>
    /// Hands the response to the endpoint and returns once it has left the socket. The watch starts
    /// first: its look through the log then does not compete with the endpoint sending the reply.
    /// </summary>
    internal async Task RespondAsync(ReceivedUplink uplink, CoapMessage response, CancellationToken cancellationToken)
    {
        EnsureUnanswered(uplink);
        var sent = WaitForReplyAsync(uplink, cancellationToken);
        Settle(uplink, response);
        await sent.ConfigureAwait(false);
    }

    internal void Settle(ReceivedUplink uplink, CoapMessage? response)
    {
        lock (gate)
        {
            if (uplink.Abandoned || !uplink.Answer.TrySetResult(response))
            {
                throw AlreadyAnswered(uplink);
            }
        }
    }

    private void EnsureUnanswered(ReceivedUplink uplink)
    {
        lock (gate)
        {
            if (uplink.Abandoned || uplink.Answer.Task.IsCompleted)
            {
                throw AlreadyAnswered(uplink);
            }
        }
    }

    private static InvalidOperationException AlreadyAnswered(ReceivedUplink uplink) =>
        new($"{uplink} was already answered{(uplink.AutomaticAnswer is { } a ? $" automatically with {a.Code.Describe()}" : string.Empty)}");

    internal void Abandon(ReceivedUplink uplink)
    {
        lock (gate)
        {
            if (uplink.Abandoned || uplink.Answer.Task.IsCompleted)
            {
                throw AlreadyAnswered(uplink);
            }

            uplink.Abandoned = true;
        }
    }

    private Task<CoapDatagram> WaitForReplyAsync(ReceivedUplink uplink, CancellationToken cancellationToken)
    {
        var request = uplink.Message;
        var peer = uplink.Incoming.Peer;
        var since = uplink.Incoming.ReceivedAt;
        return Endpoint.WaitForDatagramAsync(
            d => d.Direction == CoapDatagramDirection.Sent && d.Time >= since && d.Remote.Equals(peer)
                && d.Message is { IsResponse: true } m && m.Token.Span.SequenceEqual(request.Token.Span),
            $"sent as the reply to {CoapMessageText.Brief(request)} from {peer}",
            Settings.EffectiveExpectTimeout,
            cancellationToken);
    }

    /// <summary>After an automatic answer has left, the client is awake: send what was held for it.</summary>
    private async Task FlushAfterReplyAsync(ReceivedUplink uplink, Lwm2mRegistration registration)
    {
        try
        {
            await WaitForReplyAsync(uplink, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e) when (e is CoapTimeoutException or ObjectDisposedException)
        {
            // The reply never left (closing); held requests stay held.
            return;
        }

        await FlushHeldRequestsAsync(registration).ConfigureAwait(false);
    }
}
