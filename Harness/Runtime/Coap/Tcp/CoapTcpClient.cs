using System.Net;
using System.Net.Sockets;

namespace Harness.Runtime.Coap.Tcp;

/// <summary>Opens CoAP over TCP connections as the Connection Initiator.</summary>
public static class CoapTcpClient
{
    /// <summary>
    /// Connects, sends our CSM first (RFC 8323 §3.3: the initiator must not wait for the acceptor's) and
    /// waits for the peer's CSM within <see cref="CoapTcpSettings.CsmTimeout"/>. A peer that sends none is
    /// aborted and the timeout names the missing CSM.
    /// </summary>
    public static async Task<CoapTcpConnection> ConnectAsync(
        IPEndPoint remote,
        CoapTcpSettings? settings = null,
        TimeProvider? time = null,
        CoapTcpRequestHandler? handler = null,
        CancellationToken cancellation = default)
    {
        settings ??= new CoapTcpSettings();
        var connection = await OpenAsync(remote, settings, time, handler, cancellation).ConfigureAwait(false);
        try
        {
            await connection.WaitForPeerCsmAsync(settings.CsmTimeout, cancellation).ConfigureAwait(false);
            return connection;
        }
        catch (CoapTcpTimeoutException)
        {
            await connection.AbortAsync(new Protocol.Coap.Tcp.AbortSignal(null, "no CSM received (RFC 8323 §3.3)")).ConfigureAwait(false);
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Connects without waiting for the peer's CSM (and without sending ours if the settings say so): for raw tests.</summary>
    public static async Task<CoapTcpConnection> OpenAsync(
        IPEndPoint remote,
        CoapTcpSettings? settings = null,
        TimeProvider? time = null,
        CoapTcpRequestHandler? handler = null,
        CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(remote);
        settings ??= new CoapTcpSettings();
        time ??= TimeProvider.System;
        var socket = new Socket(remote.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            using var deadline = new CancellationTokenSource(settings.CsmTimeout, time);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(deadline.Token, cancellation);
            try
            {
                await socket.ConnectAsync(remote, linked.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (deadline.IsCancellationRequested)
            {
                throw new CoapTcpTimeoutException($"TCP connection to {remote}", settings.CsmTimeout);
            }

            return await CoapTcpConnection.StartAsync(socket, settings, handler, time, isInitiator: true, cancellation).ConfigureAwait(false);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
