using Harness.Protocol.Coap;
using Harness.Protocol.Coap.Blockwise;

namespace Harness.Tests.Protocol.Coap.Blockwise;

public class Block2SlicerTests
{
    [Test]
    public void A_representation_that_fits_goes_whole_without_Block2()
    {
        var slice = new Block2Slicer(maxSize: 128).Slice(BlockMessages.Representation(100), requested: null);

        Assert.That(slice.Outcome, Is.EqualTo(Block2SliceOutcome.Whole));
        Assert.That(slice.Payload.Length, Is.EqualTo(100));
        Assert.That(slice.Options, Is.Empty);
    }

    [Test]
    public void A_larger_representation_starts_with_block_zero_at_the_server_size()
    {
        var slice = new Block2Slicer(maxSize: 128).Slice(BlockMessages.Representation(300), requested: null);

        Assert.That(slice.Block.ToString(), Is.EqualTo("0/1/128"));
        Assert.That(slice.Payload.Length, Is.EqualTo(128));
        Assert.That(slice.Options.Single().Number, Is.EqualTo(OptionNumber.Block2));
    }

    [Test]
    public void The_last_block_is_short_and_has_M_unset()
    {
        var representation = BlockMessages.Representation(300);
        var slice = new Block2Slicer(maxSize: 128).Slice(representation, new BlockValue(2, false, 3));

        Assert.That(slice.Block.ToString(), Is.EqualTo("2/0/128"));
        Assert.That(slice.Payload.ToArray(), Is.EqualTo(representation[256..]));
    }

    [Test]
    public void A_larger_asked_size_is_answered_at_the_server_size_with_NUM_scaled_to_the_same_offset()
    {
        var representation = BlockMessages.Representation(3000);
        var slice = new Block2Slicer(maxSize: 256).Slice(representation, BlockValue.For(1, false, 1024));

        Assert.That(slice.Block.ToString(), Is.EqualTo("4/1/256"));
        Assert.That(slice.Payload.ToArray(), Is.EqualTo(representation[1024..1280]));
    }

    [Test]
    public void The_M_bit_of_a_request_is_ignored()
    {
        var slice = new Block2Slicer(maxSize: 64).Slice(BlockMessages.Representation(100), new BlockValue(0, true, 2));

        Assert.That(slice.Block.ToString(), Is.EqualTo("0/1/64"));
    }

    [Test]
    public void Size2_zero_in_the_request_is_answered_with_the_total_size()
    {
        var request = BlockMessages.Get(BlockValue.For(0, false, 64), sizeRequest: true);
        var slice = new Block2Slicer().Slice(BlockMessages.Representation(1280), request);

        Assert.That(slice.Size2, Is.EqualTo(1280));
        Assert.That(slice.Options.Select(o => o.Number), Is.EqualTo(new[] { OptionNumber.Block2, OptionNumber.Size2 }));
    }

    [Test]
    public void Without_a_size_request_no_Size2_is_sent()
    {
        var slice = new Block2Slicer().Slice(BlockMessages.Representation(1280), BlockMessages.Get(BlockValue.For(0, false, 64)));

        Assert.That(slice.Size2, Is.Null);
    }

    [TestCase(3u, 64, 192)]
    [TestCase(4u, 64, 192)]
    [TestCase(1u, 16, 16)]
    public void A_block_beyond_the_representation_is_a_bad_option(uint number, int size, int length)
    {
        var slice = new Block2Slicer().Slice(BlockMessages.Representation(length), BlockValue.For(number, false, size));

        Assert.That(slice.Outcome, Is.EqualTo(Block2SliceOutcome.OutOfRange));
        Assert.That(slice.ErrorCode, Is.EqualTo(CoapCode.BadOption));
    }

    [Test]
    public void Block_zero_of_an_empty_representation_is_an_empty_final_block()
    {
        var slice = new Block2Slicer().Slice(ReadOnlyMemory<byte>.Empty, BlockValue.For(0, false, 64));

        Assert.That(slice.Block.ToString(), Is.EqualTo("0/0/64"));
        Assert.That(slice.Payload.IsEmpty, Is.True);
    }

    [Test]
    public void SZX_7_outside_BERT_is_a_bad_request()
    {
        var slice = new Block2Slicer().Slice(BlockMessages.Representation(3000), new BlockValue(0, false, 7));

        Assert.That(slice.Outcome, Is.EqualTo(Block2SliceOutcome.BadRequest));
        Assert.That(slice.ErrorCode, Is.EqualTo(CoapCode.BadRequest));
    }

    [Test]
    public void BERT_blocks_carry_several_1024_byte_units_and_NUM_counts_units()
    {
        var representation = BlockMessages.Representation(5000);
        var slicer = new Block2Slicer(allowBert: true, bertUnits: 2);

        var first = slicer.Slice(representation, new BlockValue(0, false, 7));
        var second = slicer.Slice(representation, new BlockValue(2, false, 7));
        var last = slicer.Slice(representation, new BlockValue(4, false, 7));

        Assert.That(first.Block.ToString(), Is.EqualTo("0/1/BERT"));
        Assert.That(first.Payload.Length, Is.EqualTo(2048));
        Assert.That(second.Payload.ToArray(), Is.EqualTo(representation[2048..4096]));
        Assert.That(last.Block.ToString(), Is.EqualTo("4/0/BERT"));
        Assert.That(last.Payload.Length, Is.EqualTo(5000 - 4096));
    }

    [Test]
    public void An_unusable_server_size_is_refused_at_construction()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new Block2Slicer(maxSize: 100));
    }
}
