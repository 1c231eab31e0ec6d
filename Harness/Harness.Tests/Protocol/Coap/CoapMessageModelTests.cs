using Harness.Protocol.Coap;

namespace Harness.Tests.Protocol.Coap;

public class CoapMessageModelTests
{
    [Test]
    public void Options_are_kept_in_number_order_and_repeats_keep_their_order()
    {
        var message = new CoapMessage(CoapMessageType.Confirmable, CoapCode.Post, 1, options:
        [
            CoapOption.FromString(OptionNumber.UriQuery, "ep=node1"),
            CoapOption.FromString(OptionNumber.UriPath, "rd"),
            CoapOption.FromUInt(OptionNumber.ContentFormat, 40),
            CoapOption.FromString(OptionNumber.UriQuery, "lt=300"),
        ]);

        Assert.That(message.Options.Select(o => o.Number), Is.EqualTo(new[] { 11, 12, 15, 15 }));
        Assert.That(message.UriQuery, Is.EqualTo(new[] { "ep=node1", "lt=300" }));
        Assert.That(message.ContentFormat, Is.EqualTo(40));
        Assert.That(message.UriPath, Is.EqualTo("/rd"));
    }

    [TestCase(0u, 0)]
    [TestCase(1u, 1)]
    [TestCase(255u, 1)]
    [TestCase(256u, 2)]
    [TestCase(65536u, 3)]
    [TestCase(uint.MaxValue, 4)]
    public void UInt_options_use_the_fewest_bytes(uint value, int length)
    {
        var option = CoapOption.FromUInt(OptionNumber.MaxAge, value);
        Assert.That(option.Value.Length, Is.EqualTo(length));
        Assert.That(option.GetUInt(), Is.EqualTo(value));
    }

    [Test]
    public void A_token_longer_than_eight_bytes_is_refused_by_the_model()
    {
        Assert.Throws<ArgumentException>(() => _ = new CoapMessage(CoapMessageType.Confirmable, CoapCode.Get, 1, new byte[9]));
    }

    [Test]
    public void Block_values_pack_num_more_and_szx()
    {
        var block = BlockValue.For(5, more: true, size: 64);
        Assert.That(block.ToUInt(), Is.EqualTo((5u << 4) | 0x8 | 2));
        Assert.That(BlockValue.FromUInt(block.ToUInt()), Is.EqualTo(block));
        Assert.That(block.Offset, Is.EqualTo(320));
        Assert.That(block.ToString(), Is.EqualTo("5/1/64"));
    }
}
