using System.Net;
using Harness.Protocol.Coap;

namespace Harness.Runtime.Coap;

/// <summary>The server side: requests to the handler, answers piggybacked, separate (CON or NON) or as RST.</summary>
public sealed partial class CoapUdpEndpoint
{
    private void OnRequest(CoapMessage request, IPEndPoint peer, DateTimeOffset receivedAt)
    {
        var incoming = new CoapIncomingRequest(request, peer, receivedAt, SendEmptyAck);
        _ = ServeAsync(incoming);
    }

    private async Task ServeAsync(CoapIncomingRequest incoming)
    {
        try
        {
            var response = await HandleAsync(incoming).ConfigureAwait(false);
            await AnswerAsync(incoming, response).ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException && shutdown.IsCancellationRequested)
        {
            // Closing while serving.
        }
        catch (CoapTimeoutException e)
        {
            log.Incident(new(TimeProvider.GetUtcNow(), $"separate response to {incoming} was not acknowledged", e));
        }
        catch (CoapResetException e)
        {
            log.Incident(new(TimeProvider.GetUtcNow(), $"separate response to {incoming} was rejected", e));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Serving runs detached from the receive loop; a failure must be visible, not lost.
            log.Incident(new(TimeProvider.GetUtcNow(), $"failed to answer {incoming}", e));
        }
    }

    private async Task<CoapMessage?> HandleAsync(CoapIncomingRequest incoming)
    {
        if (UnrecognizedCriticalOption(incoming.Message) is { } number)
        {
            return new CoapMessage(CoapMessageType.Acknowledgement, CoapCode.BadOption).WithPayload($"Unrecognized critical option {number}");
        }

        var handler = RequestHandler;
        if (handler is null)
        {
            return new CoapMessage(CoapMessageType.Acknowledgement, CoapCode.NotFound);
        }

        try
        {
            return await handler(incoming, shutdown.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !shutdown.IsCancellationRequested)
        {
            log.Incident(new(TimeProvider.GetUtcNow(), $"request handler failed on {incoming}", e));
            return new CoapMessage(CoapMessageType.Acknowledgement, CoapCode.InternalServerError).WithPayload(e.GetType().Name);
        }
    }

    private async Task AnswerAsync(CoapIncomingRequest incoming, CoapMessage? response)
    {
        var request = incoming.Message;
        var peer = incoming.Peer;
        if (shutdown.IsCancellationRequested)
        {
            return;
        }

        if (incoming.TryClaimImmediateAnswer())
        {
            if (response is null)
            {
                Reject(request, peer);
            }
            else if (incoming.IsConfirmable)
            {
                var piggybacked = new CoapMessage(CoapMessageType.Acknowledgement, response.Code, request.MessageId, request.Token, response.Options, response.Payload);
                duplicates.SetReply(new PeerMessageKey(peer, request.MessageId), SendMessage(piggybacked, peer));
            }
            else
            {
                SendNonConfirmable(Separate(response, request, CoapMessageType.NonConfirmable), peer);
            }

            return;
        }

        if (response is null)
        {
            return;
        }

        var separate = Separate(response, request, incoming.SeparateResponseType);
        if (separate.Type == CoapMessageType.Confirmable)
        {
            await SendConfirmableAsync(separate, peer).ConfigureAwait(false);
        }
        else
        {
            SendNonConfirmable(separate, peer);
        }
    }

    private static CoapMessage Separate(CoapMessage response, CoapMessage request, CoapMessageType type) =>
        new(type, response.Code, 0, request.Token, response.Options, response.Payload);

    private bool SendEmptyAck(CoapIncomingRequest incoming)
    {
        var key = new PeerMessageKey(incoming.Peer, incoming.Message.MessageId);
        var ack = SendMessage(new CoapMessage(CoapMessageType.Acknowledgement, CoapCode.Empty, incoming.Message.MessageId), incoming.Peer);
        duplicates.SetReply(key, ack);
        return true;
    }
}
