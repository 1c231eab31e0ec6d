using System.Net;
using Harness.Protocol.Coap;

namespace Harness.Runtime.Coap;

/// <summary>
/// The raw API (lock-step, valid by construction, broken on purpose): exact bytes out, next datagram in.
/// Incoming datagrams reach the raw queue only in <see cref="CoapReceiveMode.Raw"/>.
/// </summary>
public sealed partial class CoapUdpEndpoint
{
    /// <summary>Sends these exact bytes; nothing is checked, retransmitted or remembered.</summary>
    public void SendRaw(ReadOnlySpan<byte> bytes, IPEndPoint peer)
    {
        ArgumentNullException.ThrowIfNull(peer);
        Send(bytes.ToArray(), peer);
    }

    /// <summary>Encodes and sends the message exactly as given (type, message id, token); no reliability.</summary>
    public byte[] SendRaw(CoapMessage message, IPEndPoint peer)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(peer);
        return SendMessage(message, peer);
    }

    /// <summary>The next datagram of the raw queue, or <see cref="CoapTimeoutException"/> after <paramref name="timeout"/>.</summary>
    public async Task<CoapDatagram> ReceiveRawAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        using var deadline = new CancellationTokenSource(timeout, TimeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(deadline.Token, cancellationToken);
        try
        {
            return await rawQueue.Reader.ReadAsync(linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new CoapTimeoutException($"no datagram on {LocalEndPoint} within {CoapMessageText.Seconds(timeout)}");
        }
    }

    /// <summary>Datagrams already waiting in the raw queue, without waiting.</summary>
    public IReadOnlyList<CoapDatagram> DrainRaw()
    {
        var drained = new List<CoapDatagram>();
        while (rawQueue.Reader.TryRead(out var datagram))
        {
            drained.Add(datagram);
        }

        return drained;
    }
}
