using Harness.Protocol.Coap;
using Harness.Protocol.Coap.Tcp;
using Harness.Runtime.Coap.Tcp;

namespace Harness.Tests.Runtime.Coap.Tcp;

/// <summary>Exact bytes in, frames out: how the endpoint copes with a peer that breaks the rules.</summary>
public class CoapTcpRawTests
{
    private static readonly TimeSpan Deadline = TcpTestPeer.Deadline;

    [Test]
    public async Task Raw_receive_yields_the_peers_frames_with_their_bytes()
    {
        await using var listener = TcpTestPeer.Listen(TcpTestPeer.Echo);
        await using var raw = await CoapTcpClient.OpenAsync(listener.LocalEndPoint, TcpTestPeer.Raw);

        var csm = await raw.ReceiveFrameAsync(Deadline);
        await raw.SendRawAsync(Convert.FromHexString("00e1"));
        await raw.SendRawAsync(Convert.FromHexString("c10171bb74656d7065726174757265"));
        var response = await raw.ReceiveFrameAsync(Deadline);

        Assert.That(csm.Message!.Code, Is.EqualTo(CoapCode.Csm));
        Assert.That(csm.Bytes, Is.EqualTo(CoapTcpCodec.Encode(TcpTestPeer.Settings.Csm.ToMessage())));
        Assert.That(response.Message!.TokenHex, Is.EqualTo("71"));
        Assert.That(response.Message.Payload.ToArray(), Is.EqualTo("/temperature"u8.ToArray()));
        Assert.That(response.Bytes, Is.EqualTo(CoapTcpCodec.Encode(response.Message)));
    }

    [Test]
    public async Task Garbage_is_recorded_and_aborted_and_the_listener_keeps_serving_others()
    {
        await using var listener = TcpTestPeer.Listen(TcpTestPeer.Echo);
        await using var raw = await CoapTcpClient.OpenAsync(listener.LocalEndPoint, TcpTestPeer.Raw);
        var victim = await listener.AcceptAsync(Deadline);
        byte[] garbage = [0x0F, 0xE1, 0xDE, 0xAD, 0xBE, 0xEF];

        await raw.SendRawAsync(Convert.FromHexString("00e1"));
        await raw.SendRawAsync(garbage);
        var abort = await NextNonCsmAsync(raw);
        var closure = await victim.WaitForCloseAsync(Deadline);

        var error = victim.Events.Single(e => e.Kind == CoapTcpEventKind.DecodeError);
        Assert.That(error.Bytes, Is.EqualTo(garbage));
        Assert.That(error.Error!.Rule, Is.EqualTo("COAP-TKL-RESERVED"));
        Assert.That(error.Error.Offset, Is.Zero);
        Assert.That(abort.Message!.Code, Is.EqualTo(CoapCode.Abort));
        Assert.That(AbortSignal.Read(abort.Message).Diagnostic, Does.Contain("COAP-TKL-RESERVED"));
        Assert.That(closure.Cause, Is.EqualTo(CoapTcpCloseCause.LocalAbort));

        await using var next = await CoapTcpClient.ConnectAsync(listener.LocalEndPoint, TcpTestPeer.Settings);
        var response = await next.RequestAsync(TcpTestPeer.Get("still-here"), Deadline);
        Assert.That(response.Payload.ToArray(), Is.EqualTo("/still-here"u8.ToArray()));
    }

    [Test]
    public async Task An_oversized_frame_is_aborted_from_its_header()
    {
        await using var listener = TcpTestPeer.Listen(TcpTestPeer.Echo, TcpTestPeer.Settings with { MaxMessageSize = 1152 });
        await using var raw = await CoapTcpClient.OpenAsync(listener.LocalEndPoint, TcpTestPeer.Raw);
        var victim = await listener.AcceptAsync(Deadline);

        await raw.SendRawAsync(Convert.FromHexString("00e1"));
        await raw.SendRawAsync(Convert.FromHexString("e0100045"));
        var abort = await NextNonCsmAsync(raw);

        Assert.That(abort.Message!.Code, Is.EqualTo(CoapCode.Abort));
        Assert.That(victim.Events.Single(e => e.Kind == CoapTcpEventKind.DecodeError).Error!.Rule, Is.EqualTo("COAP-TCP-TOO-LARGE"));
    }

    [Test]
    public async Task A_first_message_that_is_not_a_CSM_is_aborted()
    {
        await using var listener = TcpTestPeer.Listen(TcpTestPeer.Echo);
        await using var raw = await CoapTcpClient.OpenAsync(listener.LocalEndPoint, TcpTestPeer.Raw);
        var victim = await listener.AcceptAsync(Deadline);

        await raw.SendAsync(TcpTestPeer.Get("too-early").WithToken(new byte[] { 1 }));
        var abort = await NextNonCsmAsync(raw);
        var closure = await victim.WaitForCloseAsync(Deadline);

        Assert.That(abort.Message!.Code, Is.EqualTo(CoapCode.Abort));
        Assert.That(closure.Abort!.Diagnostic, Does.Contain("not a CSM"));
        Assert.That(victim.Events.Any(e => e.Kind == CoapTcpEventKind.Sent && e.Message?.Code == CoapCode.Content), Is.False);
    }

    [Test]
    public async Task A_CSM_with_an_unknown_critical_option_is_aborted_naming_the_option()
    {
        await using var listener = TcpTestPeer.Listen(TcpTestPeer.Echo);
        await using var raw = await CoapTcpClient.OpenAsync(listener.LocalEndPoint, TcpTestPeer.Raw);

        await raw.SendRawAsync(Convert.FromHexString("10e190"));
        var abort = await NextNonCsmAsync(raw);

        Assert.That(AbortSignal.Read(abort.Message!).BadCsmOption, Is.EqualTo(9));
        Assert.That(AbortSignal.Read(abort.Message!).Diagnostic, Does.Contain("COAP-TCP-SIG-CRITICAL"));
    }

    [Test]
    public async Task Empty_messages_are_ignored_and_unmatched_responses_recorded()
    {
        await using var listener = TcpTestPeer.Listen(TcpTestPeer.Echo);
        await using var raw = await CoapTcpClient.OpenAsync(listener.LocalEndPoint, TcpTestPeer.Raw);
        var server = await listener.AcceptAsync(Deadline);

        await raw.SendRawAsync(Convert.FromHexString("00e1" + "0000" + "0145aa"));
        await raw.SendAsync(CoapSignals.Ping(new byte[] { 7 }));
        await raw.ReceiveFrameAsync(Deadline);
        var pong = await raw.ReceiveFrameAsync(Deadline);

        Assert.That(pong.Message!.Code, Is.EqualTo(CoapCode.Pong));
        Assert.That(server.IsClosed, Is.False);
        Assert.That(server.Events.Single(e => e.Kind == CoapTcpEventKind.Unmatched).Message!.TokenHex, Is.EqualTo("aa"));
    }

    [Test]
    public async Task Random_bytes_on_many_connections_never_take_the_listener_down()
    {
        var random = new Random(8323);
        await using var listener = TcpTestPeer.Listen(TcpTestPeer.Echo);
        for (int i = 0; i < 25; i++)
        {
            var bytes = new byte[random.Next(1, 200)];
            random.NextBytes(bytes);
            CoapTcpConnection victim;
            await using (var raw = await CoapTcpClient.OpenAsync(listener.LocalEndPoint, TcpTestPeer.Raw))
            {
                await raw.SendRawAsync(bytes);

                // Accepted before the sender goes: a client that vanishes while the listener is still sending
                // its CSM is dropped unaccepted, which is right, but would leave nothing to wait for here.
                victim = await listener.AcceptAsync(Deadline);
            }

            await victim.WaitForCloseAsync(Deadline);
        }

        await using var client = await CoapTcpClient.ConnectAsync(listener.LocalEndPoint, TcpTestPeer.Settings);
        var response = await client.RequestAsync(TcpTestPeer.Get("alive"), Deadline);

        Assert.That(response.Payload.ToArray(), Is.EqualTo("/alive"u8.ToArray()));
        Assert.That(listener.Connections.Take(25).Select(c => c.Completion.Result.Cause), Has.All.AnyOf(CoapTcpCloseCause.LocalAbort, CoapTcpCloseCause.PeerClosed));
        Assert.That(listener.Connections.SelectMany(c => c.Events).Where(e => e.Kind == CoapTcpEventKind.DecodeError), Is.Not.Empty);
        Assert.That(listener.Connections.SelectMany(c => c.Events).Where(e => e.Kind == CoapTcpEventKind.HandlerFailed), Is.Empty);
    }

    private static async Task<CoapTcpFrame> NextNonCsmAsync(CoapTcpConnection raw)
    {
        for (int i = 0; i < 4; i++)
        {
            var frame = await raw.ReceiveFrameAsync(Deadline);
            if (frame.Message?.Code != CoapCode.Csm)
            {
                return frame;
            }
        }

        throw new AssertionException("only CSMs arrived");
    }
}
