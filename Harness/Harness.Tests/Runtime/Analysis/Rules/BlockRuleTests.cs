using Harness.Protocol.Coap;
using Harness.Runtime.Analysis;
using Harness.Runtime.Analysis.Rules;
using static Harness.Protocol.Coap.CoapMessageType;

namespace Harness.Tests.Runtime.Analysis.Rules;

/// <summary>WIRE-BLOCK: RFC 7959 block sizes, offsets and sequences.</summary>
public sealed class BlockRuleTests
{
    private static readonly BlockRule Rule = new();

    private static WireScript Block2(CoapOption? requested, CoapOption sent, int length) => new WireScript()
        .Down(0, requested is { } r ? Msg.Request(CoapCode.Get, 0x2000, 0x25, "/3/0", r) : Msg.Request(CoapCode.Get, 0x2000, 0x25, "/3/0"))
        .Up(2, Msg.Content(Acknowledgement, 0x2000, 0x25, ContentFormat.LwM2mTlv, Msg.Bytes(length), sent));

    [Test]
    public void A_smaller_block_at_the_requested_offset_is_clean()
    {
        // Asked for block 1 of 64 bytes (offset 64); answered with block 2 of 32 bytes: the same offset.
        Assert.That(RuleRun.Of(Rule, Block2(Msg.Block2(1, false, 64), Msg.Block2(2, true, 32), 32)), Is.Empty);
    }

    [Test]
    public void A_larger_block_than_requested_is_a_violation()
    {
        var finding = RuleRun.Of(Rule, Block2(Msg.Block2(0, false, 16), Msg.Block2(0, true, 32), 32)).Single();

        Assert.That(finding.Severity, Is.EqualTo(WireFindingSeverity.Violation));
        Assert.That(finding.Expected, Is.EqualTo("block size at most 16"));
    }

    [Test]
    public void A_block_at_another_offset_is_a_violation()
    {
        Assert.That(RuleRun.Of(Rule, Block2(Msg.Block2(1, false, 16), Msg.Block2(2, true, 16), 16)).Single().Actual, Is.EqualTo("offset 32"));
        Assert.That(RuleRun.Of(Rule, Block2(null, Msg.Block2(1, false, 16), 16)).Single().Expected, Is.EqualTo("the first block (NUM 0)"));
    }

    [Test]
    public void The_last_block_may_be_short_but_not_long()
    {
        Assert.That(RuleRun.Of(Rule, Block2(null, Msg.Block2(0, false, 16), 5)), Is.Empty);
        Assert.That(RuleRun.Of(Rule, Block2(null, Msg.Block2(0, false, 16), 17)).Single().Expected, Is.EqualTo("at most 16 bytes (last block)"));
    }

    [Test]
    public void A_Block2_request_with_M_set_is_a_violation()
    {
        var script = new WireScript().Up(0, Msg.Request(CoapCode.Get, 0x0100, 0x11, "/fw", Msg.Block2(0, true, 16)));

        Assert.That(RuleRun.Of(Rule, script).Single().Actual, Is.EqualTo("M=1"));
    }

    [Test]
    public void A_Block2_request_skipping_a_block_is_a_warning()
    {
        var script = new WireScript()
            .Up(0, Msg.Request(CoapCode.Get, 0x0100, 0x11, "/fw"))
            .Down(2, Msg.Content(Acknowledgement, 0x0100, 0x11, ContentFormat.OctetStream, Msg.Bytes(16), Msg.Block2(0, true, 16)))
            .Up(10, Msg.Request(CoapCode.Get, 0x0101, 0x12, "/fw", Msg.Block2(2, false, 16)));

        Assert.That(RuleRun.Of(Rule, script).Single().Severity, Is.EqualTo(WireFindingSeverity.Warning));
    }

    private static WireScript Upload(params (uint Number, bool More, int Size, int Length)[] blocks)
    {
        var script = new WireScript();
        ushort mid = 0x0100;
        foreach (var (number, more, size, length) in blocks)
        {
            script.Up(mid, new CoapMessage(Confirmable, CoapCode.Put, mid, new byte[] { 1 },
                [CoapOption.FromString(OptionNumber.UriPath, "5"), CoapOption.FromString(OptionNumber.UriPath, "0"), CoapOption.FromString(OptionNumber.UriPath, "0"), Msg.Block1(number, more, size)],
                Msg.Bytes(length)));
            script.Down(mid + 0.5, Msg.Ack(more ? CoapCode.Continue : CoapCode.Changed, mid, 1, Msg.Block1(number, more, size)));
            mid++;
        }

        return script;
    }

    [Test]
    public void A_Block1_upload_in_sequence_is_clean_even_when_the_size_shrinks()
    {
        // 0/1/64 then the server's smaller size: 32-byte blocks from offset 64 (NUM 2).
        Assert.That(RuleRun.Of(Rule, Upload((0, true, 64, 64), (2, true, 32, 32), (3, false, 32, 7))), Is.Empty);
    }

    [Test]
    public void A_short_Block1_with_more_to_come_is_a_violation()
    {
        Assert.That(RuleRun.Of(Rule, Upload((0, true, 64, 63))).Single().Expected, Is.EqualTo("exactly 64 bytes (M=1)"));
    }

    [Test]
    public void A_Block1_upload_that_skips_or_grows_is_a_warning()
    {
        Assert.That(RuleRun.Of(Rule, Upload((0, true, 16, 16), (2, false, 16, 3))).Single().Severity, Is.EqualTo(WireFindingSeverity.Warning));
        Assert.That(RuleRun.Of(Rule, Upload((0, true, 16, 16), (1, true, 16, 16), (1, false, 32, 3))).Single().Description, Does.Contain("grows the Block1 size"));
    }
}
