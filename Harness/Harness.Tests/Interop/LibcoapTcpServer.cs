using System.Globalization;
using System.Net;
using Harness.Tests.Support;

namespace Harness.Tests.Interop;

/// <summary>
/// libcoap's example server on a loopback port, with its debug log (verbosity 7), which prints every
/// PDU it receives: the witness of what reached it.
/// </summary>
internal sealed class LibcoapTcpServer : IAsyncDisposable
{
    private LibcoapTcpServer(ExternalProcess process, IPEndPoint endPoint)
    {
        Process = process;
        EndPoint = endPoint;
    }

    public ExternalProcess Process { get; }

    public IPEndPoint EndPoint { get; }

    public string Log => Process.StandardOutput + Process.StandardError;

    /// <summary>Starts coap-server-notls with dynamic resources allowed (-d) and waits for its TCP endpoint.</summary>
    public static async Task<LibcoapTcpServer> StartAsync(TimeSpan deadline)
    {
        int port = FreePort.UdpAndTcp();
        var process = ExternalProcess.Start(
            "coap-server-notls",
            ["-A", "127.0.0.1", "-p", port.ToString(CultureInfo.InvariantCulture), "-v", "7", "-d", "10"],
            "apt-get install libcoap3-bin");
        try
        {
            await process.WaitForOutputAsync("created TCP", deadline);
        }
        catch
        {
            await process.DisposeAsync();
            throw;
        }

        return new LibcoapTcpServer(process, new IPEndPoint(IPAddress.Loopback, port));
    }

    public ValueTask DisposeAsync() => Process.DisposeAsync();
}
