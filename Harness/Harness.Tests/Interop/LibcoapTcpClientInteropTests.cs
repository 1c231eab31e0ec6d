using System.Globalization;
using System.Net;
using System.Text;
using Harness.Protocol.Coap;
using Harness.Runtime.Coap.Tcp;
using Harness.Tests.Support;

namespace Harness.Tests.Interop;

/// <summary>libcoap's coap-client-notls against our TCP server over coap+tcp.</summary>
[Category("Interop")]
public class LibcoapTcpClientInteropTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(20);
    private static readonly CoapTcpSettings Settings = new() { CsmTimeout = Deadline, ResponseTimeout = Deadline };

    [Test]
    public async Task Get_is_answered_and_the_client_prints_the_payload()
    {
        var requests = new List<CoapMessage>();
        await using var listener = Listen((request, _, _) =>
        {
            lock (requests)
            {
                requests.Add(request);
            }

            return Task.FromResult<CoapMessage?>(new CoapMessage(CoapMessageType.Confirmable, CoapCode.Content).WithPayload("hello from the harness"));
        });

        var client = await ExternalProcess.RunAsync("coap-client-notls", ["-B", "5", "-m", "get", Uri(listener, "hello")], Deadline);

        Assert.That(client.StandardOutput, Does.Contain("hello from the harness"));
        Assert.That(requests.Single().UriPath, Is.EqualTo("/hello"));
        Assert.That(requests.Single().Code, Is.EqualTo(CoapCode.Get));
        var connection = listener.Connections.Single();
        Assert.That(connection.Peer.BlockWiseTransfer, Is.True, "libcoap's CSM was received");
        Assert.That(connection.Events.Where(e => e.Kind == CoapTcpEventKind.DecodeError), Is.Empty);
    }

    [Test]
    public async Task Block1_upload_is_assembled_by_our_server()
    {
        var body = string.Concat(Enumerable.Range(0, 300).Select(i => $"line {i:D4}\n"));
        string file = Path.Combine(TestContext.CurrentContext.WorkDirectory, $"tcp-upload-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(file, body);
        try
        {
            var server = new CoapTcpBlockwiseServer((_, _, _) => Task.FromResult<CoapMessage?>(new CoapMessage(CoapMessageType.Confirmable, CoapCode.Changed)));
            await using var listener = Listen(server);

            var client = await ExternalProcess.RunAsync("coap-client-notls", ["-B", "10", "-m", "put", "-b", "256", "-f", file, Uri(listener, "upload")], Deadline);

            var received = listener.Connections.Single().Events.Where(e => e.Kind == CoapTcpEventKind.Received && e.Message?.Code == CoapCode.Put).Select(e => e.Message!).ToList();
            Assert.That(server.Assembled.Single().Body, Is.EqualTo(Encoding.UTF8.GetBytes(body)), client.StandardError);
            Assert.That(received, Has.Count.EqualTo((body.Length + 255) / 256));
            Assert.That(received.Select(r => r.Block1!.Value.Size), Has.All.EqualTo(256));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Test]
    public async Task Observe_registration_receives_our_notifications()
    {
        var registered = new TaskCompletionSource<(CoapMessage Request, CoapTcpConnection Connection)>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var listener = Listen((request, connection, _) =>
        {
            if (request.Observe == 0)
            {
                registered.TrySetResult((request, connection));
                return Task.FromResult<CoapMessage?>(Content("state-0").WithAddedOptions(CoapOption.FromUInt(OptionNumber.Observe, 0)));
            }

            return Task.FromResult<CoapMessage?>(Content("plain"));
        });

        await using var client = ExternalProcess.Start("coap-client-notls", ["-B", "10", "-s", "4", "-m", "get", Uri(listener, "sensor")]);
        var (registration, connection) = await registered.Task.WaitAsync(Deadline);
        for (uint sequence = 1; sequence <= 3; sequence++)
        {
            await connection.NotifyAsync(registration, Content($"state-{sequence}"), sequence);
        }

        await client.WaitForOutputAsync("state-3", Deadline);
        await client.WaitForExitAsync(Deadline);

        Assert.That(client.StandardOutput, Does.Contain("state-0").And.Contain("state-1").And.Contain("state-2").And.Contain("state-3"));
        Assert.That(registration.UriPath, Is.EqualTo("/sensor"));
    }

    private static CoapTcpListener Listen(CoapTcpRequestHandler handler) =>
        CoapTcpListener.Start(new IPEndPoint(IPAddress.Loopback, 0), handler, Settings);

    private static string Uri(CoapTcpListener listener, string path) =>
        string.Create(CultureInfo.InvariantCulture, $"coap+tcp://127.0.0.1:{listener.LocalEndPoint.Port}/{path}");

    private static CoapMessage Content(string text) => new CoapMessage(CoapMessageType.Confirmable, CoapCode.Content).WithPayload(text);
}
