using Harness.Protocol.Coap;
using Harness.Protocol.Coap.Blockwise;

namespace Harness.Tests.Protocol.Coap.Blockwise;

/// <summary>The Block2 exchanges of RFC 7959 §3.1, run between the slicer and the download assembler.</summary>
public class Block2ExampleFlowTests
{
    [Test]
    public void Simple_block_wise_GET()
    {
        // RFC 7959 §3.1: no Block2 in the first request; the server picks 128-byte blocks; three blocks.
        var representation = BlockMessages.Representation(300);
        var (responses, body) = Run(new Block2Slicer(maxSize: 128), new Block2Download(), representation);

        Assert.That(responses, Is.EqualTo(new[] { "0/1/128", "1/1/128", "2/0/128" }));
        Assert.That(body, Is.EqualTo(representation));
    }

    [Test]
    public void Block_wise_GET_with_early_negotiation()
    {
        // RFC 7959 §3.1: the client asks for 64-byte blocks from the start (2:0/0/64).
        var representation = BlockMessages.Representation(300);
        var download = new Block2Download(preferredSize: 64);
        Assert.That(download.FirstRequestBlock.ToString(), Is.EqualTo("0/0/64"));

        var (responses, body) = Run(new Block2Slicer(maxSize: 128), download, representation);

        Assert.That(responses, Is.EqualTo(new[] { "0/1/64", "1/1/64", "2/1/64", "3/1/64", "4/0/64" }));
        Assert.That(body, Is.EqualTo(representation));
    }

    [Test]
    public void Block_wise_GET_with_late_negotiation()
    {
        // RFC 7959 §3.1: after 0/1/128 the client asks for 64-byte blocks, so it continues with NUM 2.
        var representation = BlockMessages.Representation(350);
        var slicer = new Block2Slicer(maxSize: 128);
        var download = new Block2Download();
        var seen = new List<string>();

        var first = slicer.Slice(representation, BlockMessages.Get());
        seen.Add(first.Block.ToString()!);
        download.Accept(BlockMessages.Content(first.Block, first.Payload));
        var next = download.ReduceBlockSize(64);
        Assert.That(next.ToString(), Is.EqualTo("2/0/64"));

        var (rest, body) = Continue(slicer, download, representation, next);
        seen.AddRange(rest);

        Assert.That(seen, Is.EqualTo(new[] { "0/1/128", "2/1/64", "3/1/64", "4/1/64", "5/0/64" }));
        Assert.That(body, Is.EqualTo(representation));
    }

    [Test]
    public void BERT_download_over_TCP_takes_multi_unit_blocks()
    {
        var representation = BlockMessages.Representation(10_000);
        var download = new Block2Download(allowBert: true);
        Assert.That(download.FirstRequestBlock.ToString(), Is.EqualTo("0/0/BERT"));

        var (responses, body) = Run(new Block2Slicer(allowBert: true, bertUnits: 4), download, representation);

        Assert.That(responses, Is.EqualTo(new[] { "0/1/BERT", "4/1/BERT", "8/0/BERT" }));
        Assert.That(body, Is.EqualTo(representation));
    }

    private static (List<string> Responses, byte[] Body) Run(Block2Slicer slicer, Block2Download download, byte[] representation) =>
        Continue(slicer, download, representation, download.FirstRequestBlock);

    private static (List<string> Responses, byte[] Body) Continue(Block2Slicer slicer, Block2Download download, byte[] representation, BlockValue? block)
    {
        var responses = new List<string>();
        for (int exchange = 0; exchange < 100; exchange++)
        {
            var slice = slicer.Slice(representation, BlockMessages.Get(block));
            responses.Add(slice.Block.ToString()!);
            var step = download.Accept(BlockMessages.Content(slice.Block, slice.Payload));
            if (step.State != BlockTransferState.SendNext)
            {
                Assert.That(step.State, Is.EqualTo(BlockTransferState.Complete), step.Failure?.ToString());
                return (responses, download.Body.ToArray());
            }

            block = step.Next;
        }

        throw new AssertionException("The transfer did not end within 100 exchanges");
    }
}
