using System.Globalization;
using Harness.Protocol.Coap;
using Harness.Runtime.Coap;
using Harness.Tests.Support;
using static Harness.Tests.Interop.InteropSettings;

namespace Harness.Tests.Interop;

/// <summary>libcoap's client against our UDP server: what it printed is what we served, and what we stored is what it sent.</summary>
[Category("Interop")]
public class LibcoapClientInteropTests
{
    private const string Program = "coap-client-notls";

    [Test]
    public async Task GET_prints_the_payload_we_served()
    {
        await using var server = new CoapUdpEndpoint(new()
        {
            RequestHandler = (r, _) => ValueTask.FromResult<CoapMessage?>(r.Message.UriPath == "/hello"
                ? new CoapMessage(CoapMessageType.Acknowledgement, CoapCode.Content, options: [CoapOption.FromUInt(OptionNumber.ContentFormat, 0)]).WithPayload("hello from the harness")
                : new CoapMessage(CoapMessageType.Acknowledgement, CoapCode.NotFound)),
        });

        await using var run = await ExternalProcess.RunAsync(Program, ["-B", "10", Uri(server, "hello")], ProcessDeadline, LibcoapServer.InstallHint);

        Assert.That(run.StandardOutput, Does.Contain("hello from the harness"), run.StandardError);
        var request = server.Traffic.First(d => d.Direction == CoapDatagramDirection.Received).Message!;
        Assert.That(request.Code, Is.EqualTo(CoapCode.Get));
        Assert.That(request.UriPath, Is.EqualTo("/hello"));
    }

    [Test]
    public async Task A_Block1_upload_is_stored_whole()
    {
        byte[] body = System.Text.Encoding.ASCII.GetBytes(string.Concat(Enumerable.Range(0, 300).Select(i => $"{i:D4}:data;")));
        string file = Path.Combine(TestContext.CurrentContext.WorkDirectory, $"block1-{Guid.NewGuid():N}.txt");
        await File.WriteAllBytesAsync(file, body);
        var receiver = new CoapBlock1Receiver(maxBodySize: 64 * 1024);
        byte[]? stored = null;
        await using var server = new CoapUdpEndpoint(new()
        {
            RequestHandler = (r, _) =>
            {
                var outcome = receiver.Accept(r);
                if (!outcome.IsComplete)
                {
                    return ValueTask.FromResult<CoapMessage?>(outcome.InterimResponse);
                }

                stored = outcome.Body.ToArray();
                return ValueTask.FromResult<CoapMessage?>(new CoapMessage(CoapMessageType.Acknowledgement, CoapCode.Changed, options: outcome.FinalOptions));
            },
        });

        try
        {
            await using var run = await ExternalProcess.RunAsync(Program, ["-B", "20", "-m", "put", "-b", "64", "-f", file, Uri(server, "upload")], ProcessDeadline, LibcoapServer.InstallHint);

            Assert.That(stored, Is.EqualTo(body), $"stdout: {run.StandardOutput}; stderr: {run.StandardError}");
            var blocks = server.Traffic.Where(d => d.Direction == CoapDatagramDirection.Received && d.Message?.Block1 is not null).Select(d => d.Message!.Block1!.Value).ToList();
            Assert.That(blocks, Has.Count.EqualTo((body.Length + 63) / 64));
            Assert.That(blocks.Select(b => b.Size), Is.All.EqualTo(64));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Test]
    public async Task An_observer_receives_and_acknowledges_our_notifications()
    {
        await using var server = new CoapUdpEndpoint();
        var resource = new CoapObservableResource(server, Text("state 0"));
        server.RequestHandler = resource.HandleAsync;

        var run = ExternalProcess.Start(Program, ["-s", "4", "-w", "-B", "10", Uri(server, "obs")], LibcoapServer.InstallHint);
        await using var running = run;
        await server.WaitForDatagramAsync(d => d.Direction == CoapDatagramDirection.Received && d.Message?.Observe == 0, "registration (GET Observe=0)", MustHappenWithin);
        await server.WaitForDatagramAsync(d => d.Direction == CoapDatagramDirection.Sent, "first response", MustHappenWithin);
        for (int i = 1; i <= 3; i++)
        {
            // NotifyAsync completes when the CON notification is ACKed, or removes the observer if it is not.
            await resource.NotifyAsync(Text($"state {i}")).WaitAsync(MustHappenWithin);
        }

        await run.WaitForExitAsync(ProcessDeadline);

        // libcoap deregisters at the end of -s; a removal for a missing ACK or an RST would mean a notification was refused.
        Assert.That(resource.Removed.Select(r => r.Reason), Has.None.Contain("not acknowledged").And.None.Contain("RST"), $"stdout: {run.StandardOutput}; stderr: {run.StandardError}");
        var lines = run.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.That(lines, Is.SupersetOf(new[] { "state 0", "state 1", "state 2", "state 3" }));
        var acked = server.Traffic.Count(d => d.Direction == CoapDatagramDirection.Received && d.Message is { Type: CoapMessageType.Acknowledgement, IsEmpty: true });
        Assert.That(acked, Is.GreaterThanOrEqualTo(3));
    }

    private static CoapMessage Text(string text) => new CoapMessage(CoapMessageType.Acknowledgement, CoapCode.Content).WithPayload(text);

    private static string Uri(CoapUdpEndpoint server, string path) =>
        string.Create(CultureInfo.InvariantCulture, $"coap://127.0.0.1:{server.LocalEndPoint.Port}/{path}");
}
