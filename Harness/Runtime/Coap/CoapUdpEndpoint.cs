using System.Net;
using System.Net.Sockets;
using System.Threading.Channels;
using Harness.Protocol.Coap;

namespace Harness.Runtime.Coap;

/// <summary>
/// A CoAP over UDP endpoint (RFC 7252) that is client and server at once: CON reliability with
/// back-off, NSTART, deduplication, piggybacked and separate responses, RST, token matching, observe
/// and block-wise on top; plus a raw API to send exact bytes and take the next datagram. One per test.
/// </summary>
public sealed partial class CoapUdpEndpoint : IAsyncDisposable
{
    private const int MaxDatagramSize = 65_535;

    private readonly Socket socket;
    private readonly Random random;
    private readonly Lock randomGate = new();
    private readonly MessageIdGenerator messageIds;
    private readonly TokenGenerator tokens;
    private readonly DuplicateCache duplicates = new();
    private readonly CongestionGate congestion;
    private readonly Lock gate = new();
    private readonly Dictionary<PeerMessageKey, ConfirmableTransmission> transmissions = [];
    private readonly Dictionary<PeerTokenKey, ClientExchange> exchanges = [];
    private readonly Dictionary<PeerMessageKey, SentNonConfirmable> sentNonConfirmables = [];
    private readonly Channel<CoapDatagram> rawQueue = Channel.CreateUnbounded<CoapDatagram>(new UnboundedChannelOptions { SingleWriter = true });
    private readonly CoapEndpointLog log = new();
    private readonly CancellationTokenSource shutdown = new();
    private readonly Task receiveLoop;

    public CoapUdpEndpoint(CoapUdpEndpointOptions? options = null)
    {
        options ??= new CoapUdpEndpointOptions();
        Settings = options.Settings.Validate();
        TimeProvider = options.TimeProvider;
        random = options.Random;
        RequestHandler = options.RequestHandler;
        ReceiveMode = options.ReceiveMode;
        messageIds = new MessageIdGenerator(random);
        tokens = new TokenGenerator(random, options.TokenLength);
        congestion = new CongestionGate(Settings.NStart, TimeProvider);
        socket = new Socket(options.LocalEndPoint.AddressFamily, SocketType.Dgram, ProtocolType.Udp);
        try
        {
            socket.Bind(options.LocalEndPoint);
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        LocalEndPoint = (IPEndPoint)socket.LocalEndPoint!;
        receiveLoop = Task.Run(ReceiveLoopAsync);
    }

    public IPEndPoint LocalEndPoint { get; }

    public CoapTransmissionSettings Settings { get; }

    public TimeProvider TimeProvider { get; }

    /// <summary>Serves incoming requests; may be replaced at any time. Null answers 4.04.</summary>
    public CoapRequestHandler? RequestHandler { get; set; }

    /// <summary>Switch to <see cref="CoapReceiveMode.Raw"/> to answer by hand; nothing is sent automatically then.</summary>
    public CoapReceiveMode ReceiveMode { get; set; }

    /// <summary>Every datagram sent and received, in order.</summary>
    public IReadOnlyList<CoapDatagram> Traffic => log.Traffic;

    /// <summary>Received datagrams that failed strict decoding.</summary>
    public IReadOnlyList<CoapDecodeErrorEvent> DecodeErrors => log.DecodeErrors;

    /// <summary>Failures the endpoint survived: handler exceptions, unmatched ACKs, socket errors.</summary>
    public IReadOnlyList<CoapEndpointIncident> Incidents => log.Incidents;

    /// <summary>
    /// The first datagram in <see cref="Traffic"/>, past or future, that satisfies <paramref name="predicate"/>;
    /// <see cref="CoapTimeoutException"/> naming <paramref name="description"/> after <paramref name="timeout"/>.
    /// A received datagram is reported once the message layer has acted on it (ACKed, matched, handed over).
    /// </summary>
    public async Task<CoapDatagram> WaitForDatagramAsync(Func<CoapDatagram, bool> predicate, string description, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var pending = log.FirstAsync(predicate);
        try
        {
            return await Deadline.WaitAsync(pending, timeout, TimeProvider, () => $"no datagram {description} on {LocalEndPoint}", cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            log.Forget(pending);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (shutdown.IsCancellationRequested)
        {
            return;
        }

        await shutdown.CancelAsync().ConfigureAwait(false);
        socket.Dispose();
        try
        {
            await receiveLoop.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The loop ends by cancellation; nothing to report.
        }

        FailEverythingPending();
        rawQueue.Writer.TryComplete();
        shutdown.Dispose();
    }

    private async Task ReceiveLoopAsync()
    {
        var buffer = new byte[MaxDatagramSize];
        EndPoint any = LocalEndPoint.AddressFamily == AddressFamily.InterNetworkV6
            ? new IPEndPoint(IPAddress.IPv6Any, 0)
            : new IPEndPoint(IPAddress.Any, 0);
        while (!shutdown.IsCancellationRequested)
        {
            SocketReceiveFromResult received;
            try
            {
                received = await socket.ReceiveFromAsync(buffer, SocketFlags.None, any, shutdown.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException)
            {
                return;
            }
            catch (SocketException e)
            {
                // An ICMP error for an earlier send surfaces here; the socket is still usable.
                log.Incident(new(TimeProvider.GetUtcNow(), "socket receive error", e));
                continue;
            }

            var datagram = new CoapDatagram(
                CoapDatagramDirection.Received,
                buffer.AsSpan(0, received.ReceivedBytes).ToArray(),
                (IPEndPoint)received.RemoteEndPoint,
                TimeProvider.GetUtcNow());
            log.BeginReceived(datagram);
            try
            {
                Dispatch(datagram);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // Whatever a datagram provokes, the endpoint keeps serving.
                log.Incident(new(datagram.Time, $"failed to process {datagram}", e));
            }
            finally
            {
                log.EndReceived(datagram);
            }
        }
    }

    private void Send(byte[] bytes, IPEndPoint peer)
    {
        try
        {
            socket.SendTo(bytes, SocketFlags.None, peer);
            log.Record(new CoapDatagram(CoapDatagramDirection.Sent, bytes, peer, TimeProvider.GetUtcNow()));
        }
        catch (ObjectDisposedException)
        {
            // Closing: retransmission timers may still fire once.
        }
        catch (SocketException e)
        {
            log.Incident(new(TimeProvider.GetUtcNow(), $"socket send to {peer} failed", e));
        }
    }

    private byte[] SendMessage(CoapMessage message, IPEndPoint peer)
    {
        var bytes = CoapUdpCodec.Encode(message);
        Send(bytes, peer);
        return bytes;
    }

    private double NextUnitSample()
    {
        lock (randomGate)
        {
            return random.NextDouble();
        }
    }

    private void FailEverythingPending()
    {
        ConfirmableTransmission[] pending;
        ClientExchange[] waiting;
        lock (gate)
        {
            pending = [.. transmissions.Values];
            waiting = [.. exchanges.Values];
        }

        var closed = new ObjectDisposedException(nameof(CoapUdpEndpoint), $"endpoint {LocalEndPoint} closed");
        foreach (var transmission in pending)
        {
            transmission.Stop(closed);
        }

        foreach (var exchange in waiting)
        {
            exchange.DisarmResponseTimer();
            exchange.Response.TrySetException(closed);
        }
    }

    private sealed record SentNonConfirmable(CoapMessage Message, DateTimeOffset Expires, Action<CoapMessage>? OnReset);
}
