using Harness.Protocol.Coap;
using Harness.Protocol.Coap.Blockwise;

namespace Harness.Tests.Protocol.Coap.Blockwise;

public class Block1UploadTests
{
    private static readonly byte[] Data = BlockMessages.Representation(1000);

    private static CoapMessage Reply(CoapCode code, BlockValue? block1 = null, uint? size1 = null)
    {
        var options = new List<CoapOption>();
        if (block1 is { } b)
        {
            options.Add(CoapOption.FromUInt(OptionNumber.Block1, b.ToUInt()));
        }

        if (size1 is { } s)
        {
            options.Add(CoapOption.FromUInt(OptionNumber.Size1, s));
        }

        return BlockMessages.Response(code, options);
    }

    [Test]
    public void A_body_that_fits_one_block_goes_in_a_plain_request()
    {
        var upload = new Block1Upload(Data.AsMemory(0, 100), blockSize: 128);

        Assert.That(upload.Current.Block, Is.Null);
        Assert.That(upload.Current.IsFinal, Is.True);
        Assert.That(upload.Current.Options, Is.Empty);
    }

    [Test]
    public void Size1_is_announced_with_the_first_block_only_when_asked()
    {
        var upload = new Block1Upload(Data, blockSize: 256, announceSize: true);
        Assert.That(upload.Current.Size1, Is.EqualTo(1000));

        upload.Accept(Reply(CoapCode.Continue, BlockValue.For(0, true, 256)));

        Assert.That(upload.Current.Size1, Is.Null);
    }

    [Test]
    public void A_4_13_with_a_smaller_Block1_restarts_at_block_zero_with_that_size()
    {
        var upload = new Block1Upload(Data, blockSize: 512);

        var step = upload.Accept(Reply(CoapCode.RequestEntityTooLarge, BlockValue.For(0, false, 64)));

        Assert.That(step.State, Is.EqualTo(BlockTransferState.SendNext));
        Assert.That(step.Next?.Block.ToString(), Is.EqualTo("0/1/64"));
        Assert.That(step.Next?.Payload.Length, Is.EqualTo(64));
    }

    [Test]
    public void A_4_13_to_a_plain_request_switches_to_block_wise()
    {
        var upload = new Block1Upload(Data.AsMemory(0, 100), blockSize: 1024);

        var step = upload.Accept(Reply(CoapCode.RequestEntityTooLarge));

        Assert.That(step.Next?.Block.ToString(), Is.EqualTo("0/1/64"));
    }

    [Test]
    public void A_4_13_whose_Size1_is_below_the_body_fails_the_upload()
    {
        var upload = new Block1Upload(Data, blockSize: 256);

        var step = upload.Accept(Reply(CoapCode.RequestEntityTooLarge, size1: 500));

        Assert.That(step.Failure?.Rule, Is.EqualTo("BLOCK1-TOO-LARGE"));
    }

    [Test]
    public void A_4_13_without_a_usable_hint_during_a_block_wise_upload_fails_it()
    {
        var upload = new Block1Upload(Data, blockSize: 64);

        var step = upload.Accept(Reply(CoapCode.RequestEntityTooLarge, BlockValue.For(0, false, 64)));

        Assert.That(step.Failure?.Rule, Is.EqualTo("BLOCK1-TOO-LARGE"));
    }

    [Test]
    public void A_4_08_fails_the_upload()
    {
        var upload = new Block1Upload(Data, blockSize: 256);
        upload.Accept(Reply(CoapCode.Continue, BlockValue.For(0, true, 256)));

        var step = upload.Accept(Reply(CoapCode.RequestEntityIncomplete));

        Assert.That(step.Failure?.Rule, Is.EqualTo("BLOCK1-INCOMPLETE"));
    }

    [Test]
    public void A_Continue_without_Block1_fails_the_upload()
    {
        var step = new Block1Upload(Data, blockSize: 256).Accept(Reply(CoapCode.Continue));

        Assert.That(step.Failure?.Rule, Is.EqualTo("BLOCK1-ACK-MISSING"));
    }

    [Test]
    public void A_Continue_acknowledging_another_block_fails_the_upload()
    {
        var step = new Block1Upload(Data, blockSize: 256).Accept(Reply(CoapCode.Continue, BlockValue.For(3, true, 256)));

        Assert.That(step.Failure?.Rule, Is.EqualTo("BLOCK1-ACK-NUM"));
    }

    [Test]
    public void An_error_to_a_non_final_block_fails_the_upload()
    {
        var step = new Block1Upload(Data, blockSize: 256).Accept(Reply(CoapCode.Forbidden));

        Assert.That(step.Failure?.Rule, Is.EqualTo("BLOCK1-REFUSED"));
    }

    [Test]
    public void A_larger_size_in_the_Continue_is_not_taken()
    {
        var upload = new Block1Upload(Data, blockSize: 64);

        var step = upload.Accept(Reply(CoapCode.Continue, BlockValue.For(0, true, 1024)));

        Assert.That(step.Next?.Block.ToString(), Is.EqualTo("1/1/64"));
    }

    [Test]
    public void The_response_to_the_final_block_completes_whatever_its_code()
    {
        var upload = new Block1Upload(Data.AsMemory(0, 10));

        var step = upload.Accept(Reply(CoapCode.MethodNotAllowed));

        Assert.That(step.State, Is.EqualTo(BlockTransferState.Complete));
        Assert.That(upload.FinalResponse?.Code, Is.EqualTo(CoapCode.MethodNotAllowed));
        Assert.Throws<InvalidOperationException>(() => upload.Accept(Reply(CoapCode.Changed)));
    }
}
