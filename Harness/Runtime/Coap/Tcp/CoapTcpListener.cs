using System.Net;
using System.Net.Sockets;
using System.Threading.Channels;

namespace Harness.Runtime.Coap.Tcp;

/// <summary>
/// Accepts CoAP over TCP connections (the Connection Acceptor). Each connection sends its CSM at once
/// and serves requests with the handler; a connection that fails does not affect the others.
/// </summary>
public sealed class CoapTcpListener : IAsyncDisposable
{
    private readonly Socket socket;
    private readonly CoapTcpRequestHandler? handler;
    private readonly Channel<CoapTcpConnection> accepted = Channel.CreateUnbounded<CoapTcpConnection>();
    private readonly Lock gate = new();
    private readonly List<CoapTcpConnection> connections = [];
    private readonly CancellationTokenSource stopping = new();
    private readonly Task acceptLoop;

    private CoapTcpListener(Socket socket, CoapTcpSettings settings, CoapTcpRequestHandler? handler, TimeProvider time)
    {
        this.socket = socket;
        this.handler = handler;
        Settings = settings;
        Time = time;
        LocalEndPoint = (IPEndPoint)socket.LocalEndPoint!;
        acceptLoop = AcceptLoopAsync();
    }

    public CoapTcpSettings Settings { get; }

    public TimeProvider Time { get; }

    public IPEndPoint LocalEndPoint { get; }

    public IReadOnlyList<CoapTcpConnection> Connections
    {
        get
        {
            lock (gate)
            {
                return [.. connections];
            }
        }
    }

    /// <summary>Listens on <paramref name="endPoint"/> (port 0 picks a free port; see <see cref="LocalEndPoint"/>).</summary>
    public static CoapTcpListener Start(IPEndPoint endPoint, CoapTcpRequestHandler? handler = null, CoapTcpSettings? settings = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(endPoint);
        var socket = new Socket(endPoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            socket.Bind(endPoint);
            socket.Listen(64);
            return new CoapTcpListener(socket, settings ?? new CoapTcpSettings(), handler, time ?? TimeProvider.System);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>The next accepted connection, within the deadline.</summary>
    public Task<CoapTcpConnection> AcceptAsync(TimeSpan? deadline = null, CancellationToken cancellation = default) =>
        CoapTcpDeadline.WaitAsync(accepted.Reader.ReadAsync(cancellation).AsTask(), deadline ?? Settings.ResponseTimeout, Time, $"connection on {LocalEndPoint}", cancellation);

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync().ConfigureAwait(false);
        socket.Dispose();
        await acceptLoop.ConfigureAwait(false);
        foreach (var connection in Connections)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
        }

        stopping.Dispose();
    }

    private async Task AcceptLoopAsync()
    {
        await Task.Yield();
        while (!stopping.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await socket.AcceptAsync(stopping.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                if (stopping.IsCancellationRequested || e is ObjectDisposedException)
                {
                    break;
                }

                continue;
            }

            try
            {
                var connection = await CoapTcpConnection.StartAsync(client, Settings, handler, Time, isInitiator: false, stopping.Token).ConfigureAwait(false);
                lock (gate)
                {
                    connections.Add(connection);
                }

                accepted.Writer.TryWrite(connection);
            }
            catch (Exception e) when (e is CoapTcpClosedException or OperationCanceledException or SocketException)
            {
                // The client went away during our CSM; keep accepting others.
                client.Dispose();
            }
        }

        accepted.Writer.TryComplete();
    }
}
