using Harness.Protocol.Coap;
using Harness.Runtime.Coap;
using Microsoft.Extensions.Time.Testing;
using static Harness.Tests.Runtime.Coap.CoapTestMessages;

namespace Harness.Tests.Runtime.Coap;

public class CoapUdpEndpointDeduplicationTests
{
    [Test]
    public async Task A_duplicate_CON_gets_the_same_piggybacked_response_without_a_second_handler_call()
    {
        int calls = 0;
        await using var server = new CoapUdpEndpoint(new() { RequestHandler = (_, _) => ValueTask.FromResult<CoapMessage?>(Content($"call {++calls}")) });
        await using var peer = new CoapUdpEndpoint(new() { ReceiveMode = CoapReceiveMode.Raw });
        var request = Get("/d").WithMessageId(0x2222).WithToken(new byte[] { 7 });

        peer.SendRaw(request, server.LocalEndPoint);
        var first = await peer.ReceiveRawAsync(MustHappenWithin);
        peer.SendRaw(request, server.LocalEndPoint);
        var second = await peer.ReceiveRawAsync(MustHappenWithin);

        Assert.That(second.Bytes, Is.EqualTo(first.Bytes));
        Assert.That(Text(first.Message!), Is.EqualTo("call 1"));
        Assert.That(calls, Is.EqualTo(1));
    }

    [Test]
    public async Task A_duplicate_CON_after_an_empty_ACK_gets_the_empty_ACK_again()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = new CoapUdpEndpoint(new()
        {
            RequestHandler = async (r, cancel) =>
            {
                await r.AcknowledgeAsync(CoapMessageType.NonConfirmable);
                await release.Task.WaitAsync(MustHappenWithin, cancel);
                return Content("separate");
            },
        });
        await using var peer = new CoapUdpEndpoint(new() { ReceiveMode = CoapReceiveMode.Raw });
        var request = Get("/s").WithMessageId(0x3333).WithToken(new byte[] { 1, 1 });

        peer.SendRaw(request, server.LocalEndPoint);
        var ack = await peer.ReceiveRawAsync(MustHappenWithin);
        peer.SendRaw(request, server.LocalEndPoint);
        var again = await peer.ReceiveRawAsync(MustHappenWithin);
        release.SetResult();
        var response = (await peer.ReceiveRawAsync(MustHappenWithin)).Message!;

        Assert.That(ack.Hex, Is.EqualTo("60003333"));
        Assert.That(again.Hex, Is.EqualTo("60003333"));
        Assert.That(response.Type, Is.EqualTo(CoapMessageType.NonConfirmable));
        Assert.That(response.TokenHex, Is.EqualTo("0101"));
        Assert.That(Text(response), Is.EqualTo("separate"));
    }

    [Test]
    public async Task A_duplicate_NON_is_dropped()
    {
        int calls = 0;
        await using var server = new CoapUdpEndpoint(new() { RequestHandler = (_, _) => ValueTask.FromResult<CoapMessage?>(Content($"call {++calls}")) });
        await using var peer = new CoapUdpEndpoint(new() { ReceiveMode = CoapReceiveMode.Raw });
        var request = Get("/n", CoapMessageType.NonConfirmable).WithMessageId(0x4444).WithToken(new byte[] { 4 });

        peer.SendRaw(request, server.LocalEndPoint);
        peer.SendRaw(request, server.LocalEndPoint);
        // The server handles datagrams in order, so once this CON is answered both NONs were seen.
        peer.SendRaw(Get("/after").WithMessageId(0x4445).WithToken(new byte[] { 5 }), server.LocalEndPoint);
        var replies = new List<CoapMessage>();
        while (replies.All(m => m.MessageId != 0x4445))
        {
            replies.Add((await peer.ReceiveRawAsync(MustHappenWithin)).Message!);
        }

        Assert.That(calls, Is.EqualTo(2), "one call for the first NON, one for the CON");
        Assert.That(replies.Count(m => m.TokenHex == "04"), Is.EqualTo(1));
    }

    [Test]
    public async Task A_message_id_is_new_again_after_EXCHANGE_LIFETIME()
    {
        var time = new FakeTimeProvider();
        int calls = 0;
        await using var server = new CoapUdpEndpoint(new() { TimeProvider = time, RequestHandler = (_, _) => ValueTask.FromResult<CoapMessage?>(Content($"call {++calls}")) });
        await using var peer = new CoapUdpEndpoint(new() { ReceiveMode = CoapReceiveMode.Raw });
        var request = Get("/d").WithMessageId(0x5555).WithToken(new byte[] { 5 });

        peer.SendRaw(request, server.LocalEndPoint);
        await peer.ReceiveRawAsync(MustHappenWithin);
        time.Advance(server.Settings.ExchangeLifetime - TimeSpan.FromSeconds(1));
        peer.SendRaw(request, server.LocalEndPoint);
        var stillDuplicate = await peer.ReceiveRawAsync(MustHappenWithin);
        time.Advance(TimeSpan.FromSeconds(1));
        peer.SendRaw(request, server.LocalEndPoint);
        var fresh = await peer.ReceiveRawAsync(MustHappenWithin);

        Assert.That(Text(stillDuplicate.Message!), Is.EqualTo("call 1"));
        Assert.That(Text(fresh.Message!), Is.EqualTo("call 2"));
    }
}
