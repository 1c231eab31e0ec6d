using Harness.Protocol.Coap;
using Harness.Protocol.Coap.Blockwise;

namespace Harness.Tests.Protocol.Coap.Blockwise;

public class Block1AssemblerTests
{
    private static readonly byte[] Data = BlockMessages.Representation(1000);

    [Test]
    public void A_plain_request_within_the_limit_is_complete_at_once()
    {
        var reply = new Block1Assembler(maxBodySize: 100).Accept(BlockMessages.Put([], Data.AsMemory(0, 100)));

        Assert.That(reply.Kind, Is.EqualTo(Block1ReplyKind.Complete));
        Assert.That(reply.Body.Length, Is.EqualTo(100));
        Assert.That(reply.Options, Is.Empty);
    }

    [Test]
    public void A_plain_request_over_the_limit_gets_4_13_with_Size1()
    {
        var reply = new Block1Assembler(maxBodySize: 100).Accept(BlockMessages.Put([], Data.AsMemory(0, 101)));

        Assert.That(reply.Code, Is.EqualTo(CoapCode.RequestEntityTooLarge));
        Assert.That(reply.Size1, Is.EqualTo(100));
    }

    [Test]
    public void A_first_block_that_is_not_block_zero_gets_4_08()
    {
        var reply = new Block1Assembler(maxBodySize: 4096).Accept(BlockMessages.Put(BlockValue.For(1, true, 64), Data.AsMemory(64, 64)));

        Assert.That(reply.Kind, Is.EqualTo(Block1ReplyKind.Incomplete));
        Assert.That(reply.Code, Is.EqualTo(CoapCode.RequestEntityIncomplete));
    }

    [Test]
    public void A_missing_block_gets_4_08_and_ends_the_transfer()
    {
        var assembler = new Block1Assembler(maxBodySize: 4096);
        assembler.Accept(BlockMessages.Put(BlockValue.For(0, true, 64), Data.AsMemory(0, 64)));

        var gap = assembler.Accept(BlockMessages.Put(BlockValue.For(2, false, 64), Data.AsMemory(128, 10)));
        var after = assembler.Accept(BlockMessages.Put(BlockValue.For(1, true, 64), Data.AsMemory(64, 64)));

        Assert.That(gap.Code, Is.EqualTo(CoapCode.RequestEntityIncomplete));
        Assert.That(after.Code, Is.EqualTo(CoapCode.RequestEntityIncomplete), "the transfer failed; its remaining blocks have no predecessor");
    }

    [Test]
    public void An_earlier_block_arriving_again_with_other_content_gets_4_08()
    {
        var assembler = new Block1Assembler(maxBodySize: 4096);
        assembler.Accept(BlockMessages.Put(BlockValue.For(0, true, 64), Data.AsMemory(0, 64)));
        assembler.Accept(BlockMessages.Put(BlockValue.For(1, true, 64), Data.AsMemory(64, 64)));

        var reply = assembler.Accept(BlockMessages.Put(BlockValue.For(1, true, 64), Data.AsMemory(500, 64)));

        Assert.That(reply.Code, Is.EqualTo(CoapCode.RequestEntityIncomplete));
    }

    [Test]
    public void Block_zero_starts_a_new_transfer()
    {
        var assembler = new Block1Assembler(maxBodySize: 4096);
        assembler.Accept(BlockMessages.Put(BlockValue.For(0, true, 64), Data.AsMemory(0, 64)));
        assembler.Accept(BlockMessages.Put(BlockValue.For(1, true, 64), Data.AsMemory(64, 64)));

        var reply = assembler.Accept(BlockMessages.Put(BlockValue.For(0, true, 32), Data.AsMemory(32, 32)));

        Assert.That(reply.Kind, Is.EqualTo(Block1ReplyKind.Continue));
        Assert.That(assembler.ReceivedLength, Is.EqualTo(32));
    }

    [Test]
    public void A_repeated_block_gets_the_same_answer_without_storing_twice()
    {
        var assembler = new Block1Assembler(maxBodySize: 4096);
        var first = assembler.Accept(BlockMessages.Put(BlockValue.For(0, true, 64), Data.AsMemory(0, 64)));

        var again = assembler.Accept(BlockMessages.Put(BlockValue.For(0, true, 64), Data.AsMemory(0, 64)));

        Assert.That(again, Is.SameAs(first));
        Assert.That(assembler.ReceivedLength, Is.EqualTo(64));
    }

    [Test]
    public void A_block_that_would_pass_the_limit_gets_4_13_with_Size1()
    {
        var assembler = new Block1Assembler(maxBodySize: 100);
        assembler.Accept(BlockMessages.Put(BlockValue.For(0, true, 64), Data.AsMemory(0, 64)));

        var reply = assembler.Accept(BlockMessages.Put(BlockValue.For(1, true, 64), Data.AsMemory(64, 64)));

        Assert.That(reply.Code, Is.EqualTo(CoapCode.RequestEntityTooLarge));
        Assert.That(reply.Size1, Is.EqualTo(100));
        Assert.That(assembler.ReceivedLength, Is.Zero);
    }

    [Test]
    public void A_Size1_announcing_too_much_gets_4_13_before_any_data_is_kept()
    {
        var options = new[] { CoapOption.FromUInt(OptionNumber.Block1, BlockValue.For(0, true, 64).ToUInt()), CoapOption.FromUInt(OptionNumber.Size1, 5000) };

        var reply = new Block1Assembler(maxBodySize: 1000).Accept(BlockMessages.Put(options, Data.AsMemory(0, 64)));

        Assert.That(reply.Kind, Is.EqualTo(Block1ReplyKind.TooLarge));
    }

    [Test]
    public void A_short_non_final_block_is_a_bad_request()
    {
        var reply = new Block1Assembler(maxBodySize: 4096).Accept(BlockMessages.Put(BlockValue.For(0, true, 64), Data.AsMemory(0, 50)));

        Assert.That(reply.Code, Is.EqualTo(CoapCode.BadRequest));
    }

    [Test]
    public void SZX_7_over_UDP_is_a_bad_request()
    {
        var reply = new Block1Assembler(maxBodySize: 4096).Accept(BlockMessages.Put(new BlockValue(0, true, 7), Data.AsMemory(0, 1000)));

        Assert.That(reply.Code, Is.EqualTo(CoapCode.BadRequest));
    }

    [Test]
    public void Over_TCP_a_BERT_block_of_several_units_is_stored()
    {
        var assembler = new Block1Assembler(maxBodySize: 65536, allowBert: true);
        var body = BlockMessages.Representation(5000);

        var first = assembler.Accept(BlockMessages.Put(new BlockValue(0, true, 7), body.AsMemory(0, 4096)));
        var last = assembler.Accept(BlockMessages.Put(new BlockValue(4, false, 7), body.AsMemory(4096)));

        Assert.That(first.Kind, Is.EqualTo(Block1ReplyKind.Continue));
        Assert.That(first.Block1.ToString(), Is.EqualTo("0/1/BERT"));
        Assert.That(last.Kind, Is.EqualTo(Block1ReplyKind.Complete));
        Assert.That(last.Body.ToArray(), Is.EqualTo(body));
    }

    [Test]
    public void A_BERT_block_that_is_not_whole_units_is_a_bad_request()
    {
        var reply = new Block1Assembler(maxBodySize: 65536, allowBert: true).Accept(BlockMessages.Put(new BlockValue(0, true, 7), BlockMessages.Representation(1500)));

        Assert.That(reply.Code, Is.EqualTo(CoapCode.BadRequest));
    }
}
