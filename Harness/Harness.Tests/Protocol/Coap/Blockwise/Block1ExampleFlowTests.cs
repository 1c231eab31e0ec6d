using Harness.Protocol.Coap;
using Harness.Protocol.Coap.Blockwise;

namespace Harness.Tests.Protocol.Coap.Blockwise;

/// <summary>The Block1 exchanges of RFC 7959 §3.2, run between the uploader and the server assembler.</summary>
public class Block1ExampleFlowTests
{
    [Test]
    public void Simple_atomic_block_wise_PUT()
    {
        // RFC 7959 §3.2: three 128-byte-sized blocks, 2.31 Continue for the first two, 2.04 for the last.
        var body = BlockMessages.Representation(300);
        var exchanges = Run(new Block1Upload(body, blockSize: 128), new Block1Assembler(maxBodySize: 4096), out var received);

        Assert.That(exchanges, Is.EqualTo(new[]
        {
            "0/1/128 -> 2.31 0/1/128",
            "1/1/128 -> 2.31 1/1/128",
            "2/0/128 -> 2.04 2/0/128",
        }));
        Assert.That(received, Is.EqualTo(body));
    }

    [Test]
    public void Block_wise_PUT_where_the_server_asks_for_smaller_blocks()
    {
        // RFC 7959 §3.2: the server answers block 0 with a 32-byte preference; the client goes on at NUM 4.
        var body = BlockMessages.Representation(200);
        var exchanges = Run(new Block1Upload(body, blockSize: 128), new Block1Assembler(maxBodySize: 4096, preferredSize: 32), out var received);

        Assert.That(exchanges, Is.EqualTo(new[]
        {
            "0/1/128 -> 2.31 0/1/32",
            "4/1/32 -> 2.31 4/1/32",
            "5/1/32 -> 2.31 5/1/32",
            "6/0/32 -> 2.04 6/0/32",
        }));
        Assert.That(received, Is.EqualTo(body));
    }

    [Test]
    public void BERT_upload_over_TCP_sends_multi_unit_blocks()
    {
        var body = BlockMessages.Representation(9000);
        var exchanges = Run(new Block1Upload(body, allowBert: true, bertUnits: 3), new Block1Assembler(maxBodySize: 65536, allowBert: true), out var received);

        Assert.That(exchanges, Is.EqualTo(new[]
        {
            "0/1/BERT -> 2.31 0/1/BERT",
            "3/1/BERT -> 2.31 3/1/BERT",
            "6/0/BERT -> 2.04 6/0/BERT",
        }));
        Assert.That(received, Is.EqualTo(body));
    }

    [Test]
    public void Random_bodies_and_sizes_arrive_whole()
    {
        var random = new Random(20240601);
        int[] sizes = [16, 32, 64, 128, 256, 512, 1024];
        for (int round = 0; round < 200; round++)
        {
            var body = BlockMessages.Representation(random.Next(0, 5000), seed: round);
            int clientSize = sizes[random.Next(sizes.Length)];
            int serverSize = sizes[random.Next(sizes.Length)];

            Run(new Block1Upload(body, blockSize: clientSize), new Block1Assembler(maxBodySize: 8192, preferredSize: serverSize), out var received);

            Assert.That(received, Is.EqualTo(body), $"round {round}: {body.Length} bytes, client {clientSize}, server {serverSize}");
        }
    }

    private static List<string> Run(Block1Upload upload, Block1Assembler assembler, out byte[] received)
    {
        var exchanges = new List<string>();
        received = [];
        for (int exchange = 0; exchange < 1000; exchange++)
        {
            var request = upload.Current;
            var reply = assembler.Accept(BlockMessages.Put(request.Options, request.Payload));
            var code = reply.Code ?? CoapCode.Changed;
            if (reply.Kind == Block1ReplyKind.Complete)
            {
                received = reply.Body.ToArray();
            }

            exchanges.Add($"{request.Block} -> {code} {reply.Block1}");
            var step = upload.Accept(BlockMessages.Response(code, reply.Options));
            if (step.State != BlockTransferState.SendNext)
            {
                Assert.That(step.State, Is.EqualTo(BlockTransferState.Complete), step.Failure?.ToString());
                Assert.That(upload.FinalResponse?.Code, Is.EqualTo(CoapCode.Changed));
                return exchanges;
            }
        }

        throw new AssertionException("The upload did not end within 1000 exchanges");
    }
}
