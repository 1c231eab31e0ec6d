using System.Net;
using System.Net.Sockets;

namespace Harness.Tests.Support;

/// <summary>Ports on loopback that the OS reports free, for third-party programs that need a number.</summary>
internal static class FreePort
{
    public static int Udp()
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)socket.LocalEndPoint!).Port;
    }

    public static int Tcp()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>A port free for both UDP and TCP (libcoap's server binds both on one -p).</summary>
    public static int UdpAndTcp()
    {
        for (int attempt = 0; attempt < 50; attempt++)
        {
            int port = Tcp();
            try
            {
                using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
                socket.Bind(new IPEndPoint(IPAddress.Loopback, port));
                return port;
            }
            catch (SocketException)
            {
                // Taken for UDP; try another.
            }
        }

        throw new InvalidOperationException("No port free for both UDP and TCP after 50 attempts");
    }
}
