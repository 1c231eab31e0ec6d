using System.Net;
using Harness.Runtime.Coap;

namespace Harness.Runtime.Peers;

/// <summary>The raw level beneath the lock-step API: exact bytes out, the next received datagram in.</summary>
public sealed partial class FakeLwm2mServer
{
    /// <summary>Sends these exact bytes, to the only registered client unless <paramref name="to"/> is given.</summary>
    public void SendRaw(ReadOnlySpan<byte> bytes, IPEndPoint? to = null) => Endpoint.SendRaw(bytes, to ?? TheRegistration().Peer);

    /// <summary>The next datagram received after this call, whatever it is; a timeout names the server.</summary>
    public Task<CoapDatagram> NextDatagramAsync(TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        var seen = Traffic.ToHashSet(ReferenceEqualityComparer.Instance);
        return Endpoint.WaitForDatagramAsync(
            d => d.Direction == CoapDatagramDirection.Received && !seen.Contains(d),
            "received by the fake LwM2M server",
            timeout ?? Settings.EffectiveExpectTimeout,
            cancellationToken);
    }
}
