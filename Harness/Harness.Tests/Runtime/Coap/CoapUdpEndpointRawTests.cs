using Harness.Protocol.Coap;
using Harness.Runtime.Coap;
using static Harness.Tests.Runtime.Coap.CoapTestMessages;

namespace Harness.Tests.Runtime.Coap;

public class CoapUdpEndpointRawTests
{
    [Test]
    public async Task In_raw_mode_nothing_is_answered_and_a_test_answers_by_hand()
    {
        await using var server = new CoapUdpEndpoint(new() { RequestHandler = (_, _) => ValueTask.FromResult<CoapMessage?>(Content("automatic")) });
        await using var client = new CoapUdpEndpoint();
        server.ReceiveMode = CoapReceiveMode.Raw;

        var pending = client.SendRequestAsync(Get("/hand"), server.LocalEndPoint);
        var datagram = await server.ReceiveRawAsync(MustHappenWithin);
        var request = datagram.Message!;
        Assert.That(server.Traffic.Count(d => d.Direction == CoapDatagramDirection.Sent), Is.Zero);
        Assert.That(datagram.Remote, Is.EqualTo(client.LocalEndPoint));
        Assert.That(datagram.Decoded.IsValid, Is.True);
        byte[] reply = [(byte)(0x60 | request.Token.Length), 0x45, (byte)(request.MessageId >> 8), (byte)request.MessageId];
        server.SendRaw([.. reply, .. request.Token.Span, 0xFF, (byte)'h'], datagram.Remote);

        var response = await pending;
        Assert.That(Text(response), Is.EqualTo("h"));
        Assert.That(response.Code, Is.EqualTo(CoapCode.Content));
    }

    [Test]
    public async Task Raw_receive_gives_undecodable_bytes_with_their_strict_decode_error()
    {
        await using var receiver = new CoapUdpEndpoint(new() { ReceiveMode = CoapReceiveMode.Raw });
        await using var sender = new CoapUdpEndpoint();

        sender.SendRaw([0x41, 0x01, 0x00], receiver.LocalEndPoint);
        var datagram = await receiver.ReceiveRawAsync(MustHappenWithin);

        Assert.That(datagram.Bytes, Is.EqualTo(new byte[] { 0x41, 0x01, 0x00 }));
        Assert.That(datagram.Message, Is.Null);
        Assert.That(datagram.Decoded.FirstError!.Rule, Is.EqualTo("COAP-HDR-SHORT"));
        Assert.That(receiver.DecodeErrors, Is.Empty, "raw mode leaves judging to the test");
    }

    [Test]
    public async Task Raw_receive_times_out_naming_the_endpoint()
    {
        await using var receiver = new CoapUdpEndpoint(new() { ReceiveMode = CoapReceiveMode.Raw });

        var error = Assert.ThrowsAsync<CoapTimeoutException>(() => receiver.ReceiveRawAsync(TimeSpan.FromMilliseconds(50)));

        Assert.That(error!.Message, Is.EqualTo($"no datagram on {receiver.LocalEndPoint} within 0.05 s"));
    }
}
