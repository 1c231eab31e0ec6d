using Harness.Protocol.Coap;
using Harness.Runtime.Coap;
using static Harness.Tests.Runtime.Coap.CoapTestMessages;

namespace Harness.Tests.Runtime.Coap;

public class CoapUdpEndpointMalformedInputTests
{
    [Test]
    public async Task Garbage_is_recorded_and_the_endpoint_keeps_serving()
    {
        await using var server = new CoapUdpEndpoint(new() { RequestHandler = (_, _) => ValueTask.FromResult<CoapMessage?>(Content("still here")) });
        await using var peer = new CoapUdpEndpoint(new() { ReceiveMode = CoapReceiveMode.Raw });
        byte[] badOptionNibble = [0x40, 0x01, 0x12, 0x34, 0xF1, 0x00];
        byte[] versionTwo = [0x80, 0x01, 0x00, 0x01];
        byte[] tooShort = [0x40, 0x01];

        peer.SendRaw(badOptionNibble, server.LocalEndPoint);
        var reset = await peer.ReceiveRawAsync(MustHappenWithin);
        peer.SendRaw(versionTwo, server.LocalEndPoint);
        peer.SendRaw(tooShort, server.LocalEndPoint);
        peer.SendRaw(Get("/ok").WithMessageId(0x0777).WithToken(new byte[] { 0x77 }), server.LocalEndPoint);
        var answer = await peer.ReceiveRawAsync(MustHappenWithin);

        Assert.That(reset.Hex, Is.EqualTo("70001234"), "a CON whose header is readable is rejected with RST (RFC 7252 §4.2)");
        Assert.That(answer.Message!.Code, Is.EqualTo(CoapCode.Content));
        Assert.That(answer.Message.MessageId, Is.EqualTo(0x0777));
        var errors = server.DecodeErrors;
        Assert.That(errors, Has.Count.EqualTo(3));
        Assert.That(errors[0].Datagram.Bytes, Is.EqualTo(badOptionNibble));
        Assert.That(errors[0].Datagram.Remote, Is.EqualTo(peer.LocalEndPoint));
        Assert.That(errors[0].Error.Rule, Does.StartWith("COAP-OPT"));
        Assert.That(errors[0].AnsweredWithReset, Is.True);
        Assert.That(errors[1].Error.Rule, Is.EqualTo("COAP-HDR-VERSION"));
        Assert.That(errors[1].AnsweredWithReset, Is.False);
        Assert.That(errors[2].Error.Rule, Is.EqualTo("COAP-HDR-SHORT"));
        Assert.That(errors[2].AnsweredWithReset, Is.False);
    }

    [Test]
    public async Task A_malformed_NON_is_recorded_but_not_answered()
    {
        await using var server = new CoapUdpEndpoint(new() { RequestHandler = (_, _) => ValueTask.FromResult<CoapMessage?>(Content("x")) });
        await using var peer = new CoapUdpEndpoint(new() { ReceiveMode = CoapReceiveMode.Raw });

        peer.SendRaw([0x59, 0x01, 0x00, 0x02], server.LocalEndPoint);
        peer.SendRaw(Get("/x").WithMessageId(3).WithToken(new byte[] { 3 }), server.LocalEndPoint);
        var first = await peer.ReceiveRawAsync(MustHappenWithin);

        Assert.That(first.Message!.MessageId, Is.EqualTo(3), "nothing was sent for the NON with token length 9");
        Assert.That(server.DecodeErrors.Single().Error.Rule, Is.EqualTo("COAP-TKL-RESERVED"));
    }
}
