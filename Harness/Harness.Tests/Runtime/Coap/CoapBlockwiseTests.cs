using Harness.Protocol.Coap;
using Harness.Runtime.Coap;
using static Harness.Tests.Runtime.Coap.CoapTestMessages;

namespace Harness.Tests.Runtime.Coap;

/// <summary>RFC 7959 with our endpoint on both sides.</summary>
public class CoapBlockwiseTests
{
    private static readonly byte[] Body = [.. Enumerable.Range(0, 3000).Select(i => (byte)(i * 7))];

    [TestCase(null, 3)]
    [TestCase(64, 47)]
    public async Task A_Block2_download_reassembles_the_representation(int? preferredSize, int requests)
    {
        var responder = new CoapBlock2Responder();
        await using var server = new CoapUdpEndpoint(new()
        {
            RequestHandler = (r, _) => ValueTask.FromResult<CoapMessage?>(responder.Respond(r.Message, new CoapMessage(CoapMessageType.Acknowledgement, CoapCode.Content, payload: Body))),
        });
        await using var client = new CoapUdpEndpoint();

        var response = await client.DownloadAsync(Get("/big"), server.LocalEndPoint, preferredSize);

        Assert.That(response.Payload.ToArray(), Is.EqualTo(Body));
        var received = server.Traffic.Where(d => d.Direction == CoapDatagramDirection.Received).Select(d => d.Message!).ToList();
        Assert.That(received, Has.Count.EqualTo(requests));
        var firstAnswer = server.Traffic.First(d => d.Direction == CoapDatagramDirection.Sent).Message!;
        Assert.That(firstAnswer.Size2, Is.EqualTo(3000));
    }

    [Test]
    public async Task A_Block1_upload_follows_the_smaller_size_the_server_asks_for()
    {
        var receiver = new CoapBlock1Receiver(maxBodySize: 4096, preferredBlockSize: 128);
        byte[]? stored = null;
        await using var server = new CoapUdpEndpoint(new() { RequestHandler = (r, _) => ValueTask.FromResult<CoapMessage?>(Store(receiver, r, body => stored = body)) });
        await using var client = new CoapUdpEndpoint();

        var response = await client.UploadAsync(Request(CoapCode.Put, "/up").WithPayload(Body), server.LocalEndPoint, blockSize: 256);

        Assert.That(response.Code, Is.EqualTo(CoapCode.Changed));
        Assert.That(stored, Is.EqualTo(Body));
        var sizes = server.Traffic.Where(d => d.Direction == CoapDatagramDirection.Received).Select(d => d.Message!.Block1!.Value.Size).ToList();
        Assert.That(sizes[0], Is.EqualTo(256));
        Assert.That(sizes.Skip(1), Is.All.EqualTo(128));
        Assert.That(server.Traffic.Where(d => d.Direction == CoapDatagramDirection.Sent).SkipLast(1).Select(d => d.Message!.Code), Is.All.EqualTo(CoapCode.Continue));
    }

    [Test]
    public async Task A_body_beyond_the_maximum_gets_4_13_with_Size1_and_the_upload_fails_naming_it()
    {
        var receiver = new CoapBlock1Receiver(maxBodySize: 1000);
        await using var server = new CoapUdpEndpoint(new() { RequestHandler = (r, _) => ValueTask.FromResult<CoapMessage?>(Store(receiver, r, _ => { })) });
        await using var client = new CoapUdpEndpoint();

        var error = Assert.ThrowsAsync<CoapBlockwiseException>(() => client.UploadAsync(Request(CoapCode.Put, "/up").WithPayload(Body), server.LocalEndPoint, blockSize: 512, announceSize: true));

        Assert.That(error!.Failure!.Rule, Is.EqualTo("BLOCK1-TOO-LARGE"));
        var refusal = server.Traffic.Last(d => d.Direction == CoapDatagramDirection.Sent).Message!;
        Assert.That(refusal.Code, Is.EqualTo(CoapCode.RequestEntityTooLarge));
        Assert.That(refusal.Size1, Is.EqualTo(1000));
    }

    [Test]
    public async Task A_block_without_its_predecessors_gets_4_08()
    {
        var receiver = new CoapBlock1Receiver(maxBodySize: 4096);
        await using var server = new CoapUdpEndpoint(new() { RequestHandler = (r, _) => ValueTask.FromResult<CoapMessage?>(Store(receiver, r, _ => { })) });
        await using var client = new CoapUdpEndpoint();

        var third = Request(CoapCode.Put, "/up").WithAddedOptions(CoapOption.FromUInt(OptionNumber.Block1, BlockValue.For(2, true, 64).ToUInt())).WithPayload(new byte[64]);
        var response = await client.SendRequestAsync(third, server.LocalEndPoint);

        Assert.That(response.Code, Is.EqualTo(CoapCode.RequestEntityIncomplete));
    }

    private static CoapMessage Store(CoapBlock1Receiver receiver, CoapIncomingRequest request, Action<byte[]> store)
    {
        var outcome = receiver.Accept(request);
        if (!outcome.IsComplete)
        {
            return outcome.InterimResponse!;
        }

        store(outcome.Body.ToArray());
        return new CoapMessage(CoapMessageType.Acknowledgement, CoapCode.Changed, options: outcome.FinalOptions);
    }
}
