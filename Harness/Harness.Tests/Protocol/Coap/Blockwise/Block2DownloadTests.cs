using Harness.Protocol.Coap;
using Harness.Protocol.Coap.Blockwise;

namespace Harness.Tests.Protocol.Coap.Blockwise;

public class Block2DownloadTests
{
    private static readonly byte[] Data = BlockMessages.Representation(1000);

    [Test]
    public void A_first_response_without_Block2_is_the_whole_body()
    {
        var download = new Block2Download();

        var step = download.Accept(BlockMessages.Content(null, Data.AsMemory(0, 40)));

        Assert.That(step.State, Is.EqualTo(BlockTransferState.Complete));
        Assert.That(download.Body.Length, Is.EqualTo(40));
    }

    [Test]
    public void Each_block_names_the_next_one_to_request_with_M_unset()
    {
        var download = new Block2Download();

        var step = download.Accept(BlockMessages.Content(BlockValue.For(0, true, 64), Data.AsMemory(0, 64)));

        Assert.That(step.State, Is.EqualTo(BlockTransferState.SendNext));
        Assert.That(step.Next.ToString(), Is.EqualTo("1/0/64"));
        Assert.That(download.NextRequestBlock, Is.EqualTo(step.Next));
    }

    [Test]
    public void A_skipped_block_number_fails_the_transfer()
    {
        var download = new Block2Download();
        download.Accept(BlockMessages.Content(BlockValue.For(0, true, 64), Data.AsMemory(0, 64)));

        var step = download.Accept(BlockMessages.Content(BlockValue.For(2, true, 64), Data.AsMemory(128, 64)));

        Assert.That(step.Failure?.Rule, Is.EqualTo("BLOCK2-NUM-DISCONTINUITY"));
    }

    [Test]
    public void A_changed_ETag_fails_the_transfer()
    {
        var download = new Block2Download();
        download.Accept(BlockMessages.Content(BlockValue.For(0, true, 64), Data.AsMemory(0, 64), etag: [1, 2]));

        var step = download.Accept(BlockMessages.Content(BlockValue.For(1, false, 64), Data.AsMemory(64, 10), etag: [1, 3]));

        Assert.That(step.Failure?.Rule, Is.EqualTo("BLOCK2-ETAG-CHANGED"));
    }

    [Test]
    public void A_dropped_ETag_fails_the_transfer()
    {
        var download = new Block2Download();
        download.Accept(BlockMessages.Content(BlockValue.For(0, true, 64), Data.AsMemory(0, 64), etag: [1, 2]));

        var step = download.Accept(BlockMessages.Content(BlockValue.For(1, false, 64), Data.AsMemory(64, 10)));

        Assert.That(step.Failure?.Rule, Is.EqualTo("BLOCK2-ETAG-CHANGED"));
    }

    [Test]
    public void The_same_ETag_on_every_block_completes()
    {
        var download = new Block2Download();
        download.Accept(BlockMessages.Content(BlockValue.For(0, true, 64), Data.AsMemory(0, 64), etag: [9]));

        var step = download.Accept(BlockMessages.Content(BlockValue.For(1, false, 64), Data.AsMemory(64, 10), etag: [9]));

        Assert.That(step.State, Is.EqualTo(BlockTransferState.Complete));
        Assert.That(download.Body.ToArray(), Is.EqualTo(Data[..74]));
    }

    [Test]
    public void A_short_non_final_block_fails_the_transfer()
    {
        var step = new Block2Download().Accept(BlockMessages.Content(BlockValue.For(0, true, 64), Data.AsMemory(0, 63)));

        Assert.That(step.Failure?.Rule, Is.EqualTo("BLOCK2-PAYLOAD-SIZE"));
    }

    [Test]
    public void A_final_block_longer_than_its_size_fails_the_transfer()
    {
        var step = new Block2Download().Accept(BlockMessages.Content(BlockValue.For(0, false, 16), Data.AsMemory(0, 17)));

        Assert.That(step.Failure?.Rule, Is.EqualTo("BLOCK2-PAYLOAD-SIZE"));
    }

    [Test]
    public void A_block_larger_than_asked_fails_the_transfer()
    {
        var step = new Block2Download(preferredSize: 64).Accept(BlockMessages.Content(BlockValue.For(0, true, 128), Data.AsMemory(0, 128)));

        Assert.That(step.Failure?.Rule, Is.EqualTo("BLOCK2-SIZE-LARGER"));
    }

    [Test]
    public void A_server_may_answer_the_first_request_smaller_but_not_change_size_afterwards()
    {
        var download = new Block2Download(preferredSize: 128);
        var first = download.Accept(BlockMessages.Content(BlockValue.For(0, true, 64), Data.AsMemory(0, 64)));
        Assert.That(first.Next.ToString(), Is.EqualTo("1/0/64"));

        var second = download.Accept(BlockMessages.Content(BlockValue.For(2, true, 32), Data.AsMemory(64, 32)));

        Assert.That(second.Failure?.Rule, Is.EqualTo("BLOCK2-SIZE-CHANGED"));
    }

    [Test]
    public void Ignoring_an_early_negotiation_with_an_oversize_plain_response_fails()
    {
        var step = new Block2Download(preferredSize: 32).Accept(BlockMessages.Content(null, Data.AsMemory(0, 100)));

        Assert.That(step.Failure?.Rule, Is.EqualTo("BLOCK2-SIZE-EXCEEDED"));
    }

    [Test]
    public void An_error_response_fails_the_transfer()
    {
        var step = new Block2Download().Accept(BlockMessages.Response(CoapCode.NotFound, []));

        Assert.That(step.Failure?.Rule, Is.EqualTo("BLOCK2-ERROR-RESPONSE"));
    }

    [Test]
    public void SZX_7_outside_BERT_fails_the_transfer()
    {
        var step = new Block2Download().Accept(BlockMessages.Content(new BlockValue(0, true, 7), Data.AsMemory(0, 1000)));

        Assert.That(step.Failure?.Rule, Is.EqualTo("BLOCK2-SZX-RESERVED"));
    }

    [Test]
    public void A_BERT_block_must_be_a_multiple_of_1024_unless_final()
    {
        var step = new Block2Download(allowBert: true).Accept(BlockMessages.Content(new BlockValue(0, true, 7), BlockMessages.Representation(1500)));

        Assert.That(step.Failure?.Rule, Is.EqualTo("BLOCK2-PAYLOAD-SIZE"));
    }

    [Test]
    public void The_first_Size2_is_kept_as_the_announced_size()
    {
        var download = new Block2Download();
        var options = new[] { CoapOption.FromUInt(OptionNumber.Block2, BlockValue.For(0, true, 64).ToUInt()), CoapOption.FromUInt(OptionNumber.Size2, 1000) };

        download.Accept(BlockMessages.Response(CoapCode.Content, options, Data.AsMemory(0, 64)));

        Assert.That(download.AnnouncedSize, Is.EqualTo(1000));
    }

    [Test]
    public void A_body_past_the_limit_fails_the_transfer()
    {
        var download = new Block2Download(maxBodySize: 100);
        download.Accept(BlockMessages.Content(BlockValue.For(0, true, 64), Data.AsMemory(0, 64)));

        var step = download.Accept(BlockMessages.Content(BlockValue.For(1, true, 64), Data.AsMemory(64, 64)));

        Assert.That(step.Failure?.Rule, Is.EqualTo("BLOCK2-TOO-LARGE"));
    }

    [Test]
    public void Responses_after_the_end_are_harness_misuse()
    {
        var download = new Block2Download();
        download.Accept(BlockMessages.Content(null, Data.AsMemory(0, 10)));

        Assert.Throws<InvalidOperationException>(() => download.Accept(BlockMessages.Content(null, Data.AsMemory(0, 10))));
    }

    [Test]
    public void The_body_is_not_available_before_completion()
    {
        var download = new Block2Download();
        download.Accept(BlockMessages.Content(BlockValue.For(0, true, 64), Data.AsMemory(0, 64)));

        Assert.That(download.IsComplete, Is.False);
        Assert.Throws<InvalidOperationException>(() => _ = download.Body);
    }
}
