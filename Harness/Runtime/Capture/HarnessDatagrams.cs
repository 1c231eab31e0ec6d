using System.Net;
using System.Net.Sockets;
using Harness.Runtime.Coap;

namespace Harness.Runtime.Capture;

/// <summary>Turns a CoAP endpoint's socket log into datagrams with both ends named, as a capture would show them.</summary>
public static class HarnessDatagrams
{
    /// <summary>
    /// Every datagram of <paramref name="traffic"/>, sent ones from <paramref name="local"/> to their remote and
    /// received ones the other way. A wildcard local address (0.0.0.0, ::) is shown as the loopback address of the
    /// remote's family, since a socket's log does not say which of its addresses a datagram used.
    /// </summary>
    public static IReadOnlyList<UdpDatagramView> From(IReadOnlyList<CoapDatagram> traffic, IPEndPoint local)
    {
        ArgumentNullException.ThrowIfNull(traffic);
        ArgumentNullException.ThrowIfNull(local);
        var views = new List<UdpDatagramView>(traffic.Count);
        foreach (var datagram in traffic)
        {
            var remote = Normalize(datagram.Remote);
            var here = new IPEndPoint(LocalAddressFacing(local.Address, remote.Address), local.Port);
            views.Add(datagram.Direction == CoapDatagramDirection.Sent
                ? new UdpDatagramView(here, remote, datagram.Bytes, datagram.Time)
                : new UdpDatagramView(remote, here, datagram.Bytes, datagram.Time));
        }

        return views;
    }

    private static IPEndPoint Normalize(IPEndPoint endpoint) =>
        endpoint.Address.IsIPv4MappedToIPv6 ? new IPEndPoint(endpoint.Address.MapToIPv4(), endpoint.Port) : endpoint;

    private static IPAddress LocalAddressFacing(IPAddress local, IPAddress remote)
    {
        var address = local.IsIPv4MappedToIPv6 ? local.MapToIPv4() : local;
        var unspecified = address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any);
        if (!unspecified && address.AddressFamily == remote.AddressFamily)
        {
            return address;
        }

        return remote.AddressFamily == AddressFamily.InterNetworkV6 ? IPAddress.IPv6Loopback : IPAddress.Loopback;
    }
}
