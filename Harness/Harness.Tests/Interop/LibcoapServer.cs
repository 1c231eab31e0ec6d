using System.Net;
using Harness.Protocol.Coap;
using Harness.Runtime.Coap;
using Harness.Tests.Support;

namespace Harness.Tests.Interop;

/// <summary>
/// libcoap's example server (Debian libcoap3-bin) on a free loopback port, with dynamic resources
/// allowed (-d). Ready once it answers GET /.well-known/core; CON retransmission covers its start-up.
/// </summary>
internal sealed class LibcoapServer : IAsyncDisposable
{
    public const string Program = "coap-server-notls";
    public const string InstallHint = "apt-get install libcoap3-bin";

    private readonly ExternalProcess process;

    private LibcoapServer(ExternalProcess process, IPEndPoint endPoint)
    {
        this.process = process;
        EndPoint = endPoint;
    }

    public IPEndPoint EndPoint { get; }

    public string Output => process.StandardOutput + process.StandardError;

    /// <summary>Starts the server and returns it with the link-format body of its /.well-known/core.</summary>
    public static async Task<(LibcoapServer Server, string Links)> StartAsync(CoapUdpEndpoint client)
    {
        int port = FreePort.UdpAndTcp();
        var process = ExternalProcess.Start(Program, ["-A", "127.0.0.1", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-d", "10"], InstallHint);
        var server = new LibcoapServer(process, new IPEndPoint(IPAddress.Loopback, port));
        try
        {
            var request = new CoapMessage(CoapMessageType.Confirmable, CoapCode.Get, options: [CoapOption.FromString(OptionNumber.UriPath, ".well-known"), CoapOption.FromString(OptionNumber.UriPath, "core")]);
            var links = await client.DownloadAsync(request, server.EndPoint);
            return (server, System.Text.Encoding.UTF8.GetString(links.Payload.Span));
        }
        catch (Exception e)
        {
            await server.DisposeAsync();
            throw new InvalidOperationException($"{Program} on port {port} did not answer: {e.Message}; its output: {server.Output}", e);
        }
    }

    public ValueTask DisposeAsync() => process.DisposeAsync();
}
