using Harness.Protocol.Coap;
using Harness.Runtime.Coap;
using static Harness.Tests.Runtime.Coap.CoapTestMessages;

namespace Harness.Tests.Runtime.Coap;

public class CoapUdpEndpointExchangeTests
{
    [Test]
    public async Task A_CON_request_gets_its_response_piggybacked_on_the_ACK()
    {
        await using var server = new CoapUdpEndpoint(new() { RequestHandler = (r, _) => ValueTask.FromResult<CoapMessage?>(Content("hello " + r.Message.UriPath)) });
        await using var client = new CoapUdpEndpoint();

        var response = await client.SendRequestAsync(Get("/greeting"), server.LocalEndPoint);

        Assert.That(response.Type, Is.EqualTo(CoapMessageType.Acknowledgement));
        Assert.That(response.Code, Is.EqualTo(CoapCode.Content));
        Assert.That(Text(response), Is.EqualTo("hello /greeting"));
        var sent = client.Traffic.Single(d => d.Direction == CoapDatagramDirection.Sent).Message!;
        Assert.That(response.MessageId, Is.EqualTo(sent.MessageId));
        Assert.That(response.Token.ToArray(), Is.EqualTo(sent.Token.ToArray()));
        Assert.That(sent.Token.Length, Is.EqualTo(4));
    }

    [Test]
    public async Task A_separate_response_follows_an_empty_ACK_and_is_acknowledged_by_the_client()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = new CoapUdpEndpoint(new()
        {
            RequestHandler = async (r, cancel) =>
            {
                await r.AcknowledgeAsync();
                await release.Task.WaitAsync(MustHappenWithin, cancel);
                return Content("later");
            },
        });
        await using var client = new CoapUdpEndpoint();

        var pending = client.SendRequestAsync(Get("/slow"), server.LocalEndPoint);
        release.SetResult();
        var response = await pending;

        Assert.That(response.Type, Is.EqualTo(CoapMessageType.Confirmable));
        Assert.That(Text(response), Is.EqualTo("later"));
        var serverSent = server.Traffic.Where(d => d.Direction == CoapDatagramDirection.Sent).Select(d => d.Message!).ToList();
        Assert.That(serverSent[0].Type, Is.EqualTo(CoapMessageType.Acknowledgement));
        Assert.That(serverSent[0].IsEmpty, Is.True);
        // The client sends its ACK before it hands the response over.
        var clientAck = client.Traffic.Single(d => d.Direction == CoapDatagramDirection.Sent && d.Message!.Type == CoapMessageType.Acknowledgement);
        Assert.That(clientAck.Message!.MessageId, Is.EqualTo(response.MessageId));
        Assert.That(clientAck.Message.IsEmpty, Is.True);
    }

    [Test]
    public async Task Endpoints_work_on_the_IPv6_loopback()
    {
        Assume.That(System.Net.Sockets.Socket.OSSupportsIPv6, "IPv6 is not available here");
        var loopback = new System.Net.IPEndPoint(System.Net.IPAddress.IPv6Loopback, 0);
        await using var server = new CoapUdpEndpoint(new() { LocalEndPoint = loopback, RequestHandler = (r, _) => ValueTask.FromResult<CoapMessage?>(Content(r.Peer.Address.ToString())) });
        await using var client = new CoapUdpEndpoint(new() { LocalEndPoint = loopback });

        var response = await client.SendRequestAsync(Get("/six"), server.LocalEndPoint);

        Assert.That(Text(response), Is.EqualTo("::1"));
    }

    [Test]
    public async Task A_NON_request_gets_a_NON_response_matched_by_token()
    {
        await using var server = new CoapUdpEndpoint(new() { RequestHandler = (_, _) => ValueTask.FromResult<CoapMessage?>(Content("non")) });
        await using var client = new CoapUdpEndpoint();

        var request = Get("/n", CoapMessageType.NonConfirmable).WithToken(new byte[] { 1, 2, 3 });
        var response = await client.SendRequestAsync(request, server.LocalEndPoint);

        Assert.That(response.Type, Is.EqualTo(CoapMessageType.NonConfirmable));
        Assert.That(response.Token.ToArray(), Is.EqualTo(new byte[] { 1, 2, 3 }));
        Assert.That(Text(response), Is.EqualTo("non"));
    }

    [Test]
    public async Task A_handler_that_returns_null_rejects_the_request_with_RST()
    {
        await using var server = new CoapUdpEndpoint(new() { RequestHandler = (_, _) => ValueTask.FromResult<CoapMessage?>(null) });
        await using var client = new CoapUdpEndpoint();

        var error = Assert.ThrowsAsync<CoapResetException>(() => client.SendRequestAsync(Get("/x"), server.LocalEndPoint));

        Assert.That(error!.Message, Does.StartWith("CON GET /x mid=0x").And.Contain("rejected by RST"));
    }

    [Test]
    public async Task Without_a_handler_requests_are_answered_not_found_and_a_throwing_handler_gives_5_00()
    {
        await using var server = new CoapUdpEndpoint();
        await using var client = new CoapUdpEndpoint();

        var notFound = await client.SendRequestAsync(Get("/nothing"), server.LocalEndPoint);
        server.RequestHandler = (_, _) => throw new InvalidOperationException("boom");
        var failed = await client.SendRequestAsync(Get("/boom"), server.LocalEndPoint);

        Assert.That(notFound.Code, Is.EqualTo(CoapCode.NotFound));
        Assert.That(failed.Code, Is.EqualTo(CoapCode.InternalServerError));
        Assert.That(server.Incidents.Select(i => i.Description), Has.Some.Contains("request handler failed"));
    }

    [Test]
    public async Task A_request_with_an_unrecognized_critical_option_gets_4_02()
    {
        int calls = 0;
        await using var server = new CoapUdpEndpoint(new() { RequestHandler = (_, _) => { calls++; return ValueTask.FromResult<CoapMessage?>(Content("x")); } });
        await using var client = new CoapUdpEndpoint();

        var response = await client.SendRequestAsync(Get("/x").WithAddedOptions(CoapOption.FromUInt(2049, 1)), server.LocalEndPoint);

        Assert.That(response.Code, Is.EqualTo(CoapCode.BadOption));
        Assert.That(calls, Is.Zero);
    }

    [Test]
    public async Task An_RST_matching_an_outstanding_CON_ends_it_at_once()
    {
        await using var peer = new CoapUdpEndpoint(new() { ReceiveMode = CoapReceiveMode.Raw });
        await using var client = new CoapUdpEndpoint();

        var pending = client.SendRequestAsync(Get("/r"), peer.LocalEndPoint);
        var request = (await peer.ReceiveRawAsync(MustHappenWithin)).Message!;
        peer.SendRaw(new CoapMessage(CoapMessageType.Reset, CoapCode.Empty, request.MessageId), client.LocalEndPoint);

        Assert.ThrowsAsync<CoapResetException>(() => pending);
        Assert.That(client.Traffic.Count(d => d.Direction == CoapDatagramDirection.Sent), Is.EqualTo(1));
    }

    [Test]
    public async Task A_response_whose_token_matches_nothing_is_rejected_with_RST()
    {
        await using var peer = new CoapUdpEndpoint(new() { ReceiveMode = CoapReceiveMode.Raw });
        await using var client = new CoapUdpEndpoint();

        peer.SendRaw(new CoapMessage(CoapMessageType.Confirmable, CoapCode.Content, 0x4242, new byte[] { 9, 9 }), client.LocalEndPoint);
        var reply = (await peer.ReceiveRawAsync(MustHappenWithin)).Message!;

        Assert.That(reply.Type, Is.EqualTo(CoapMessageType.Reset));
        Assert.That(reply.MessageId, Is.EqualTo(0x4242));
    }

    [Test]
    public async Task An_empty_CON_is_a_ping_answered_with_RST()
    {
        await using var peer = new CoapUdpEndpoint(new() { ReceiveMode = CoapReceiveMode.Raw });
        await using var server = new CoapUdpEndpoint();

        peer.SendRaw(new CoapMessage(CoapMessageType.Confirmable, CoapCode.Empty, 0x0101), server.LocalEndPoint);
        var reply = await peer.ReceiveRawAsync(MustHappenWithin);

        Assert.That(reply.Hex, Is.EqualTo("70000101"));
    }

    [Test]
    public async Task Message_ids_are_sequential_and_tokens_fresh_per_request()
    {
        await using var server = new CoapUdpEndpoint(new() { RequestHandler = (_, _) => ValueTask.FromResult<CoapMessage?>(Content("x")) });
        await using var client = new CoapUdpEndpoint(new() { TokenLength = 8 });

        for (int i = 0; i < 3; i++)
        {
            await client.SendRequestAsync(Get("/x"), server.LocalEndPoint);
        }

        var sent = client.Traffic.Where(d => d.Direction == CoapDatagramDirection.Sent).Select(d => d.Message!).ToList();
        Assert.That(sent.Select(m => (ushort)(m.MessageId - sent[0].MessageId)), Is.EqualTo(new ushort[] { 0, 1, 2 }));
        Assert.That(sent.Select(m => m.TokenHex).Distinct().Count(), Is.EqualTo(3));
        Assert.That(sent.Select(m => m.Token.Length), Is.All.EqualTo(8));
    }
}
