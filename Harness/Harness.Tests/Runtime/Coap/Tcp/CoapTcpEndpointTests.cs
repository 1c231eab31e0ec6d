using Harness.Protocol.Coap;
using Harness.Protocol.Coap.Tcp;
using Harness.Runtime.Coap.Tcp;

namespace Harness.Tests.Runtime.Coap.Tcp;

public class CoapTcpEndpointTests
{
    private static readonly TimeSpan Deadline = TcpTestPeer.Deadline;

    [Test]
    public async Task Both_sides_exchange_CSMs_and_learn_each_others_settings()
    {
        await using var listener = TcpTestPeer.Listen(settings: TcpTestPeer.Settings with { MaxMessageSize = 4096, BlockWiseTransfer = true });
        await using var client = await CoapTcpClient.ConnectAsync(listener.LocalEndPoint, TcpTestPeer.Settings with { MaxMessageSize = 2000, BlockWiseTransfer = false });
        var server = await listener.AcceptAsync(Deadline);
        await server.WaitForPeerCsmAsync(Deadline);

        Assert.That(client.Peer, Is.EqualTo(new PeerCapabilities(4096, true)));
        Assert.That(client.Peer.SupportsBert, Is.True);
        Assert.That(server.Peer, Is.EqualTo(new PeerCapabilities(2000, false)));
        Assert.That(client.Events.First(e => e.Kind == CoapTcpEventKind.Sent).Message!.Code, Is.EqualTo(CoapCode.Csm), "our CSM is the first thing we send");
        Assert.That(server.IsInitiator, Is.False);
    }

    [Test]
    public async Task Responses_are_matched_to_requests_by_token_even_out_of_order()
    {
        var slow = new TaskCompletionSource<CoapMessage?>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var listener = TcpTestPeer.Listen((request, _, _) =>
            request.UriPath == "/slow" ? slow.Task : Task.FromResult<CoapMessage?>(TcpTestPeer.Content("fast")));
        await using var client = await CoapTcpClient.ConnectAsync(listener.LocalEndPoint, TcpTestPeer.Settings);

        var first = client.RequestAsync(TcpTestPeer.Get("slow"), Deadline);
        var second = await client.RequestAsync(TcpTestPeer.Get("fast"), Deadline);
        slow.SetResult(TcpTestPeer.Content("slow"));
        var firstResponse = await first;

        Assert.That(second.Payload.ToArray(), Is.EqualTo("fast"u8.ToArray()));
        Assert.That(firstResponse.Payload.ToArray(), Is.EqualTo("slow"u8.ToArray()));
        Assert.That(firstResponse.Token.Length, Is.EqualTo(4));
    }

    [Test]
    public async Task A_side_without_a_handler_answers_not_implemented()
    {
        await using var listener = TcpTestPeer.Listen();
        await using var client = await CoapTcpClient.ConnectAsync(listener.LocalEndPoint, TcpTestPeer.Settings);

        var response = await client.RequestAsync(TcpTestPeer.Get("x"), Deadline);

        Assert.That(response.Code, Is.EqualTo(CoapCode.NotImplemented));
    }

    [Test]
    public async Task Requests_can_flow_from_the_acceptor_to_the_initiator()
    {
        await using var listener = TcpTestPeer.Listen();
        await using var client = await CoapTcpClient.ConnectAsync(listener.LocalEndPoint, TcpTestPeer.Settings, handler: TcpTestPeer.Echo);
        var server = await listener.AcceptAsync(Deadline);
        await server.WaitForPeerCsmAsync(Deadline);

        var response = await server.RequestAsync(TcpTestPeer.Get("from-server"), Deadline);

        Assert.That(response.Payload.ToArray(), Is.EqualTo("/from-server"u8.ToArray()));
    }

    [Test]
    public async Task Ping_is_answered_by_a_pong_with_the_same_token()
    {
        await using var listener = TcpTestPeer.Listen();
        await using var client = await CoapTcpClient.ConnectAsync(listener.LocalEndPoint, TcpTestPeer.Settings);

        var pong = await client.PingAsync(custody: true, deadline: Deadline);

        var ping = client.Events.Last(e => e.Kind == CoapTcpEventKind.Sent && e.Message?.Code == CoapCode.Ping).Message!;
        Assert.That(pong.Code, Is.EqualTo(CoapCode.Pong));
        Assert.That(pong.TokenHex, Is.EqualTo(ping.TokenHex));
        Assert.That(CoapSignals.HasCustody(pong), Is.True);
    }

    [Test]
    public async Task A_ping_that_is_never_answered_times_out_on_the_injected_clock()
    {
        var clock = new ManualTimeProvider();
        await using var listener = TcpTestPeer.Listen(settings: TcpTestPeer.Settings with { AnswerPings = false });
        await using var client = await CoapTcpClient.ConnectAsync(listener.LocalEndPoint, TcpTestPeer.Settings, clock);

        var waiting = clock.TimerCreated(TimeSpan.FromSeconds(30));
        var ping = client.PingAsync(deadline: TimeSpan.FromSeconds(30));
        await waiting.WaitAsync(Deadline);
        clock.Advance(TimeSpan.FromSeconds(31));

        var timeout = Assert.ThrowsAsync<CoapTcpTimeoutException>(async () => await ping);
        Assert.That(timeout!.Awaited, Does.Contain("Pong"));
        Assert.That(timeout.Deadline, Is.EqualTo(TimeSpan.FromSeconds(30)));
    }

    [Test]
    public async Task Release_closes_both_sides_and_records_the_reason()
    {
        await using var listener = TcpTestPeer.Listen();
        await using var client = await CoapTcpClient.ConnectAsync(listener.LocalEndPoint, TcpTestPeer.Settings);
        var server = await listener.AcceptAsync(Deadline);
        await server.WaitForPeerCsmAsync(Deadline);

        var local = await client.ReleaseAsync(new ReleaseSignal(["127.0.0.1:5684"], 30, "moving"));
        var remote = await server.WaitForCloseAsync(Deadline);

        Assert.That(local.Cause, Is.EqualTo(CoapTcpCloseCause.LocalRelease));
        Assert.That(remote.Cause, Is.EqualTo(CoapTcpCloseCause.PeerRelease));
        Assert.That(remote.Release!.AlternativeAddresses, Is.EqualTo(new[] { "127.0.0.1:5684" }));
        Assert.That(remote.Release.HoldOffSeconds, Is.EqualTo(30));
        Assert.That(remote.Release.Diagnostic, Is.EqualTo("moving"));
        Assert.ThrowsAsync<CoapTcpClosedException>(() => client.RequestAsync(TcpTestPeer.Get("late"), Deadline));
    }

    [Test]
    public async Task Abort_from_the_server_is_recorded_by_the_client()
    {
        await using var listener = TcpTestPeer.Listen();
        await using var client = await CoapTcpClient.ConnectAsync(listener.LocalEndPoint, TcpTestPeer.Settings);
        var server = await listener.AcceptAsync(Deadline);
        await server.WaitForPeerCsmAsync(Deadline);

        var local = await server.AbortAsync(new AbortSignal(null, "shutting down"));
        var remote = await client.WaitForCloseAsync(Deadline);

        Assert.That(local.Cause, Is.EqualTo(CoapTcpCloseCause.LocalAbort));
        Assert.That(remote.Cause, Is.EqualTo(CoapTcpCloseCause.PeerAbort));
        Assert.That(remote.Abort!.Diagnostic, Is.EqualTo("shutting down"));
    }

    [Test]
    public async Task A_message_larger_than_the_peers_max_message_size_is_refused_before_sending()
    {
        await using var listener = TcpTestPeer.Listen(TcpTestPeer.Echo, TcpTestPeer.Settings with { MaxMessageSize = 200 });
        await using var client = await CoapTcpClient.ConnectAsync(listener.LocalEndPoint, TcpTestPeer.Settings);
        var put = new CoapMessage(CoapMessageType.Confirmable, CoapCode.Put, 0, new byte[] { 1 }, [CoapOption.FromString(OptionNumber.UriPath, "big")], new byte[300]);

        var refused = Assert.ThrowsAsync<InvalidOperationException>(() => client.RequestAsync(put, Deadline));

        Assert.That(refused!.Message, Does.Contain("Max-Message-Size is 200"));
        Assert.That((await client.RequestAsync(TcpTestPeer.Get("small"), Deadline)).Code, Is.EqualTo(CoapCode.Content));
    }

    [Test]
    public async Task A_peer_without_a_CSM_makes_connect_time_out_naming_the_CSM()
    {
        using var silent = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        silent.Start();
        var endPoint = (System.Net.IPEndPoint)silent.LocalEndpoint;

        var timeout = Assert.ThrowsAsync<CoapTcpTimeoutException>(() =>
            CoapTcpClient.ConnectAsync(endPoint, TcpTestPeer.Settings with { CsmTimeout = TimeSpan.FromMilliseconds(300) }));

        Assert.That(timeout!.Awaited, Does.Contain("CSM"));
        using var accepted = await silent.AcceptTcpClientAsync();
        var frames = TcpFrames.Split(await TcpFrames.ReadToEndAsync(accepted, Deadline));
        Assert.That(frames.Select(f => f.Code), Is.EqualTo(new[] { CoapCode.Csm, CoapCode.Abort }), "our CSM, then Abort for the missing one");
    }
}
