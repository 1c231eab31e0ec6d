using System.Net.Sockets;
using Harness.Protocol.Coap;
using Harness.Protocol.Coap.Tcp;

namespace Harness.Runtime.Coap.Tcp;

/// <summary>The read loop: framing, the peer's errors, and what each received message sets off.</summary>
public sealed partial class CoapTcpConnection
{
    private readonly CoapTcpFrameBuffer buffer = new();
    private readonly ConcurrentTaskSet handlers = new();
    private bool firstFrameSeen;

    private async Task ReadLoopAsync()
    {
        await Task.Yield();
        try
        {
            while (true)
            {
                int read = await socket.ReceiveAsync(buffer.GetWriteMemory(), SocketFlags.None, lifetime.Token).ConfigureAwait(false);
                if (read == 0)
                {
                    Close(ClosedByPeer("the peer closed the TCP connection"), linger: false);
                    return;
                }

                if (!IsClosed)
                {
                    buffer.Advance(read);
                    await DrainAsync().ConfigureAwait(false);
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            Close(ClosedByPeer($"reading ended: {e.Message}"), linger: false);
        }
        finally
        {
            socket.Dispose();
        }
    }

    private async Task DrainAsync()
    {
        while (!IsClosed)
        {
            var status = buffer.TryTake(Settings.MaxMessageSize, out byte[] bytes, out var result);
            if (status == CoapTcpReadStatus.NeedMoreData)
            {
                return;
            }

            var frame = new CoapTcpFrame(bytes, result, Time.GetUtcNow());
            if (status == CoapTcpReadStatus.Error)
            {
                await RejectAsync(frame).ConfigureAwait(false);
                return;
            }

            Record(new CoapTcpEvent(CoapTcpEventKind.Received, frame.ReceivedAt, bytes, frame.Message));
            rawFrames.Writer.TryWrite(frame);
            await DispatchAsync(frame.Message!).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// A framing error: record it with its bytes, then Abort (RFC 8323 §5.6), since after a bad length
    /// the stream cannot be resynchronised.
    /// </summary>
    private async Task RejectAsync(CoapTcpFrame frame)
    {
        var error = frame.Result.FirstError!;
        Record(new CoapTcpEvent(CoapTcpEventKind.DecodeError, frame.ReceivedAt, frame.Bytes, Error: error));
        rawFrames.Writer.TryWrite(frame);
        int? badCsmOption = null;
        if (CoapTcpCodec.TryReadFrame(frame.Bytes.AsMemory(), CoapDecodeMode.Lax, out _, out var lax) == CoapTcpReadStatus.Frame && lax.Message!.Code == CoapCode.Csm)
        {
            badCsmOption = CoapSignals.FindBadCsmOption(lax.Message);
        }

        await AbortCoreAsync(new AbortSignal(badCsmOption, $"{error.Rule}: {error.Message} at byte {error.Offset} ({error.Clause})")).ConfigureAwait(false);
    }

    private async Task DispatchAsync(CoapMessage message)
    {
        bool first = !firstFrameSeen;
        firstFrameSeen = true;
        if (first && Settings.RequirePeerCsmFirst && message.Code != CoapCode.Csm)
        {
            await AbortCoreAsync(new AbortSignal(null, $"first message is {message.Code.Describe()}, not a CSM (RFC 8323 §3.3)")).ConfigureAwait(false);
            return;
        }

        if (message.Code == CoapCode.Csm)
        {
            var csm = CsmSignal.Read(message);
            Volatile.Write(ref peer, Peer.Apply(csm));
            peerCsm.TrySetResult(csm);
        }
        else if (message.Code == CoapCode.Ping)
        {
            await AnswerPingAsync(message).ConfigureAwait(false);
        }
        else if (message.Code == CoapCode.Pong)
        {
            Complete(pendingPongs, message);
        }
        else if (message.Code == CoapCode.Release)
        {
            Close(new CoapTcpClosure(CoapTcpCloseCause.PeerRelease, ReleaseSignal.Read(message).ToString(), message), linger: true);
        }
        else if (message.Code == CoapCode.Abort)
        {
            Close(new CoapTcpClosure(CoapTcpCloseCause.PeerAbort, AbortSignal.Read(message).Diagnostic ?? "no diagnostic", message), linger: true);
        }
        else if (message.IsRequest)
        {
            handlers.Run(() => HandleRequestAsync(message));
        }
        else if (message.IsResponse)
        {
            DeliverResponse(message);
        }

        // Empty messages are keep-alives and are ignored (RFC 8323 §3.4); so are unassigned signaling codes.
    }

    private async Task AnswerPingAsync(CoapMessage ping)
    {
        if (!Settings.AnswerPings)
        {
            return;
        }

        bool custody = CoapSignals.HasCustody(ping);
        if (custody)
        {
            // Custody: everything received before the Ping is processed before the Pong (RFC 8323 §5.4.1).
            await handlers.WhenAllAsync().ConfigureAwait(false);
        }

        await TrySendAsync(CoapSignals.PongFor(ping, custody)).ConfigureAwait(false);
    }

    private async Task HandleRequestAsync(CoapMessage request)
    {
        CoapMessage? response;
        try
        {
            response = handler is null
                ? new CoapMessage(CoapMessageType.Confirmable, CoapCode.NotImplemented)
                : await handler(request, this, lifetime.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Record(new CoapTcpEvent(CoapTcpEventKind.HandlerFailed, Time.GetUtcNow(), Message: request, Note: e.ToString()));
            response = new CoapMessage(CoapMessageType.Confirmable, CoapCode.InternalServerError).WithPayload(e.Message);
        }

        if (response is not null)
        {
            await TrySendAsync(response.WithToken(request.Token)).ConfigureAwait(false);
        }
    }

    private void DeliverResponse(CoapMessage response)
    {
        string token = response.TokenHex;
        if (observations.TryGetValue(token, out var observation))
        {
            observation.Deliver(response);
            return;
        }

        if (!Complete(pendingResponses, response))
        {
            Record(new CoapTcpEvent(CoapTcpEventKind.Unmatched, Time.GetUtcNow(), Message: response, Note: "no request or observation has this token"));
        }
    }

    private static bool Complete(System.Collections.Concurrent.ConcurrentDictionary<string, TaskCompletionSource<CoapMessage>> pending, CoapMessage message) =>
        pending.TryRemove(message.TokenHex, out var waiter) && waiter.TrySetResult(message);

    /// <summary>Sends from the read loop; a connection that is going away is not an error here.</summary>
    private async Task TrySendAsync(CoapMessage message)
    {
        try
        {
            await WriteAsync(CoapTcpCodec.Encode(message), message, lifetime.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is CoapTcpClosedException or OperationCanceledException)
        {
            // The connection ended; its closure already says why.
        }
    }
}
