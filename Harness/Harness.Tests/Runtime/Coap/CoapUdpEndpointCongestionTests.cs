using Harness.Protocol.Coap;
using Harness.Runtime.Coap;
using static Harness.Tests.Runtime.Coap.CoapTestMessages;

namespace Harness.Tests.Runtime.Coap;

/// <summary>NSTART outstanding interactions per peer (RFC 7252 §4.7).</summary>
public class CoapUdpEndpointCongestionTests
{
    [Test]
    public async Task With_NSTART_1_a_second_request_waits_until_the_first_is_answered()
    {
        await using var peer = new CoapUdpEndpoint(new() { ReceiveMode = CoapReceiveMode.Raw });
        await using var client = new CoapUdpEndpoint();

        var first = client.SendRequestAsync(Get("/one"), peer.LocalEndPoint);
        var second = client.SendRequestAsync(Get("/two"), peer.LocalEndPoint);
        var firstRequest = (await peer.ReceiveRawAsync(MustHappenWithin)).Message!;

        Assert.That(firstRequest.UriPath, Is.EqualTo("/one"));
        Assert.That(client.Traffic.Count(d => d.Direction == CoapDatagramDirection.Sent), Is.EqualTo(1), "the second request must wait for a slot");
        peer.SendRaw(Reply(firstRequest, "1"), client.LocalEndPoint);
        var secondRequest = (await peer.ReceiveRawAsync(MustHappenWithin)).Message!;
        peer.SendRaw(Reply(secondRequest, "2"), client.LocalEndPoint);

        Assert.That(secondRequest.UriPath, Is.EqualTo("/two"));
        Assert.That(Text(await first), Is.EqualTo("1"));
        Assert.That(Text(await second), Is.EqualTo("2"));
    }

    [Test]
    public async Task An_empty_ACK_ends_the_outstanding_interaction_and_frees_the_slot()
    {
        await using var peer = new CoapUdpEndpoint(new() { ReceiveMode = CoapReceiveMode.Raw });
        await using var client = new CoapUdpEndpoint();

        var first = client.SendRequestAsync(Get("/one"), peer.LocalEndPoint);
        var second = client.SendRequestAsync(Get("/two"), peer.LocalEndPoint);
        var firstRequest = (await peer.ReceiveRawAsync(MustHappenWithin)).Message!;
        peer.SendRaw(new CoapMessage(CoapMessageType.Acknowledgement, CoapCode.Empty, firstRequest.MessageId), client.LocalEndPoint);
        var secondRequest = (await peer.ReceiveRawAsync(MustHappenWithin)).Message!;
        peer.SendRaw(Reply(secondRequest, "2"), client.LocalEndPoint);
        peer.SendRaw(new CoapMessage(CoapMessageType.NonConfirmable, CoapCode.Content, 0x9999, firstRequest.Token).WithPayload("1"), client.LocalEndPoint);

        Assert.That(secondRequest.UriPath, Is.EqualTo("/two"));
        Assert.That(Text(await second), Is.EqualTo("2"));
        Assert.That(Text(await first), Is.EqualTo("1"));
    }

    [Test]
    public async Task With_NSTART_2_two_requests_are_outstanding_at_once()
    {
        await using var peer = new CoapUdpEndpoint(new() { ReceiveMode = CoapReceiveMode.Raw });
        await using var client = new CoapUdpEndpoint(new() { Settings = new() { NStart = 2 } });

        var first = client.SendRequestAsync(Get("/one"), peer.LocalEndPoint);
        var second = client.SendRequestAsync(Get("/two"), peer.LocalEndPoint);
        var requests = new[] { (await peer.ReceiveRawAsync(MustHappenWithin)).Message!, (await peer.ReceiveRawAsync(MustHappenWithin)).Message! };
        foreach (var request in requests)
        {
            peer.SendRaw(Reply(request, request.UriPath), client.LocalEndPoint);
        }

        Assert.That(requests.Select(r => r.UriPath), Is.EquivalentTo(new[] { "/one", "/two" }));
        Assert.That(Text(await first), Is.EqualTo("/one"));
        Assert.That(Text(await second), Is.EqualTo("/two"));
    }

    private static CoapMessage Reply(CoapMessage request, string text) =>
        new CoapMessage(CoapMessageType.Acknowledgement, CoapCode.Content, request.MessageId, request.Token).WithPayload(text);
}
