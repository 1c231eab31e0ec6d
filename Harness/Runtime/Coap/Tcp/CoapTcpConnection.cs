using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Threading.Channels;
using Harness.Protocol.Coap;
using Harness.Protocol.Coap.Tcp;

namespace Harness.Runtime.Coap.Tcp;

/// <summary>
/// One CoAP over TCP connection (RFC 8323), either side. A single read loop frames the stream,
/// records every frame, answers Pings, matches responses to requests by token and hands requests to
/// the handler. Bad bytes from the peer are recorded and answered with Abort, never thrown.
/// </summary>
public sealed partial class CoapTcpConnection : IAsyncDisposable
{
    /// <summary>How long we keep reading (and discarding) after our Release/Abort so it is not lost to a reset.</summary>
    private static readonly TimeSpan Linger = TimeSpan.FromSeconds(2);

    private readonly Socket socket;
    private readonly CoapTcpRequestHandler? handler;
    private readonly CancellationTokenSource lifetime;
    private readonly SemaphoreSlim writeLock = new(1, 1);
    private readonly Channel<CoapTcpFrame> rawFrames;
    private readonly Lock eventsGate = new();
    private readonly List<CoapTcpEvent> events = [];
    private readonly ConcurrentDictionary<string, TaskCompletionSource<CoapMessage>> pendingResponses = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource<CoapMessage>> pendingPongs = new();
    private readonly ConcurrentDictionary<string, CoapTcpObservation> observations = new();
    private readonly TaskCompletionSource<CsmSignal> peerCsm = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<CoapTcpClosure> closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task readLoop = Task.CompletedTask;
    private ITimer? lingerTimer;

    /// <summary>Our Release/Abort, set before it is written: a peer closing in answer must not hide it.</summary>
    private CoapTcpClosure? intended;
    private PeerCapabilities peer = PeerCapabilities.Base;

    private CoapTcpConnection(Socket socket, CoapTcpSettings settings, CoapTcpRequestHandler? handler, TimeProvider time, bool isInitiator)
    {
        this.socket = socket;
        this.handler = handler;
        Settings = settings;
        Time = time;
        IsInitiator = isInitiator;
        LocalEndPoint = (IPEndPoint)socket.LocalEndPoint!;
        RemoteEndPoint = (IPEndPoint)socket.RemoteEndPoint!;
        lifetime = new CancellationTokenSource();
        rawFrames = Channel.CreateBounded<CoapTcpFrame>(new BoundedChannelOptions(settings.RawFrameCapacity) { FullMode = BoundedChannelFullMode.DropOldest });
    }

    public CoapTcpSettings Settings { get; }

    public TimeProvider Time { get; }

    /// <summary>True for the side that opened the connection (RFC 8323 §1.2 Connection Initiator).</summary>
    public bool IsInitiator { get; }

    public IPEndPoint LocalEndPoint { get; }

    public IPEndPoint RemoteEndPoint { get; }

    /// <summary>The peer's settings as its CSMs have set them so far (base values before its first CSM).</summary>
    public PeerCapabilities Peer => Volatile.Read(ref peer);

    public bool PeerCsmReceived => peerCsm.Task.IsCompletedSuccessfully;

    /// <summary>Completes with the reason once the connection has ended.</summary>
    public Task<CoapTcpClosure> Completion => closed.Task;

    public bool IsClosed => closed.Task.IsCompleted;

    /// <summary>A snapshot of the connection's timeline.</summary>
    public IReadOnlyList<CoapTcpEvent> Events
    {
        get
        {
            lock (eventsGate)
            {
                return [.. events];
            }
        }
    }

    /// <summary>Takes over a connected socket, sends our CSM (unless switched off) and starts reading.</summary>
    internal static async Task<CoapTcpConnection> StartAsync(Socket socket, CoapTcpSettings settings, CoapTcpRequestHandler? handler, TimeProvider time, bool isInitiator, CancellationToken cancellation)
    {
        socket.NoDelay = true;
        var connection = new CoapTcpConnection(socket, settings, handler, time, isInitiator);
        connection.readLoop = connection.ReadLoopAsync();
        if (settings.SendCsm)
        {
            await connection.SendAsync(settings.Csm.ToMessage(), cancellation).ConfigureAwait(false);
        }

        return connection;
    }

    /// <summary>Waits for the peer's first CSM (RFC 8323 §3.3).</summary>
    public Task<CsmSignal> WaitForPeerCsmAsync(TimeSpan? deadline = null, CancellationToken cancellation = default) =>
        CoapTcpDeadline.WaitAsync(OrClosed(peerCsm.Task, "waiting for the peer's CSM"), deadline ?? Settings.CsmTimeout, Time, "CSM from the peer (RFC 8323 §3.3)", cancellation);

    /// <summary>Encodes and sends a message; refuses one larger than the peer's Max-Message-Size (use the raw API to send one on purpose).</summary>
    public Task SendAsync(CoapMessage message, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var bytes = CoapTcpCodec.Encode(message);
        if (bytes.Length > Peer.MaxMessageSize)
        {
            throw new InvalidOperationException($"{CoapTcpMessageText.Describe(message)} is {bytes.Length} bytes; the peer's Max-Message-Size is {Peer.MaxMessageSize} (RFC 8323 §5.3.1)");
        }

        return WriteAsync(bytes, message, cancellation);
    }

    /// <summary>Sends these exact bytes; they are recorded as sent, decoded leniently for the timeline.</summary>
    public Task SendRawAsync(ReadOnlyMemory<byte> bytes, CancellationToken cancellation = default)
    {
        var copy = bytes.ToArray();
        var status = CoapTcpCodec.TryReadFrame(copy.AsMemory(), CoapDecodeMode.Lax, out _, out var result);
        return WriteAsync(copy, status == CoapTcpReadStatus.Frame ? result.Message : null, cancellation);
    }

    /// <summary>The next frame the peer sent, whatever it is (bytes and strict decode), within the deadline.</summary>
    public async Task<CoapTcpFrame> ReceiveFrameAsync(TimeSpan? deadline = null, CancellationToken cancellation = default)
    {
        try
        {
            return await CoapTcpDeadline.WaitAsync(rawFrames.Reader.ReadAsync(cancellation).AsTask(), deadline ?? Settings.ResponseTimeout, Time, "frame from the peer", cancellation).ConfigureAwait(false);
        }
        catch (ChannelClosedException)
        {
            throw new CoapTcpClosedException("waiting for a frame", await closed.Task.ConfigureAwait(false));
        }
    }

    /// <summary>Waits until the connection has ended and returns why.</summary>
    public Task<CoapTcpClosure> WaitForCloseAsync(TimeSpan? deadline = null, CancellationToken cancellation = default) =>
        CoapTcpDeadline.WaitAsync(closed.Task, deadline ?? Settings.ResponseTimeout, Time, "end of the connection", cancellation);

    public async ValueTask DisposeAsync()
    {
        Close(new CoapTcpClosure(CoapTcpCloseCause.Disposed, "disposed by the harness"), linger: false);
        await lifetime.CancelAsync().ConfigureAwait(false);
        try
        {
            await readLoop.ConfigureAwait(false);
        }
        finally
        {
            if (lingerTimer is not null)
            {
                await lingerTimer.DisposeAsync().ConfigureAwait(false);
            }

            lifetime.Dispose();
            writeLock.Dispose();
        }
    }

    private async Task WriteAsync(byte[] bytes, CoapMessage? message, CancellationToken cancellation)
    {
        if (IsClosed)
        {
            throw new CoapTcpClosedException("sending", closed.Task.Result);
        }

        await writeLock.WaitAsync(cancellation).ConfigureAwait(false);
        try
        {
            int sent = 0;
            while (sent < bytes.Length)
            {
                sent += await socket.SendAsync(bytes.AsMemory(sent), SocketFlags.None, cancellation).ConfigureAwait(false);
            }

            Record(new CoapTcpEvent(CoapTcpEventKind.Sent, Time.GetUtcNow(), bytes, message));
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            var closure = Close(ClosedByPeer($"send failed: {e.Message}"), linger: false);
            throw new CoapTcpClosedException("sending", closure);
        }
        finally
        {
            writeLock.Release();
        }
    }

    private void Record(CoapTcpEvent entry)
    {
        lock (eventsGate)
        {
            events.Add(entry);
        }
    }

    /// <summary>Ends the connection once; the first reason given is the one kept.</summary>
    private CoapTcpClosure Close(CoapTcpClosure closure, bool linger)
    {
        if (!closed.TrySetResult(closure))
        {
            return closed.Task.Result;
        }

        Record(new CoapTcpEvent(CoapTcpEventKind.Closed, Time.GetUtcNow(), Message: closure.Signal, Note: closure.ToString()));
        var ended = new CoapTcpClosedException("waiting for a response", closure);
        foreach (var pending in pendingResponses.Values.Concat(pendingPongs.Values))
        {
            pending.TrySetException(ended);
        }

        foreach (var observation in observations.Values)
        {
            observation.End(closure);
        }

        peerCsm.TrySetException(ended);
        rawFrames.Writer.TryComplete();
        try
        {
            socket.Shutdown(linger ? SocketShutdown.Send : SocketShutdown.Both);
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            // Already gone; nothing left to shut down.
        }

        if (linger)
        {
            lingerTimer = Time.CreateTimer(static state => CancelQuietly((CancellationTokenSource)state!), lifetime, Linger, Timeout.InfiniteTimeSpan);
        }
        else
        {
            lifetime.Cancel();
        }

        return closure;
    }

    private CoapTcpClosure ClosedByPeer(string reason) =>
        Volatile.Read(ref intended) ?? new CoapTcpClosure(CoapTcpCloseCause.PeerClosed, reason);

    private static void CancelQuietly(CancellationTokenSource source)
    {
        try
        {
            source.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The connection was disposed first; reading has already stopped.
        }
    }

    private async Task<T> OrClosed<T>(Task<T> task, string awaited)
    {
        var first = await Task.WhenAny(task, closed.Task).ConfigureAwait(false);
        return first == task || task.IsCompleted ? await task.ConfigureAwait(false) : throw new CoapTcpClosedException(awaited, closed.Task.Result);
    }
}
