using Harness.Protocol.Coap;
using Harness.Protocol.Coap.Malformed;

namespace Harness.Tests.Protocol.Coap;

public class CoapUdpLaxDecoderTests
{
    [Test]
    public void Every_violation_is_listed_in_wire_order_and_the_rest_is_shown_as_payload()
    {
        var raw = RawCoapMessage.From(CoapSamples.Read).WithVersion(2).WithType(CoapMessageType.Acknowledgement).WithReservedDeltaNibble(2);
        byte[] bytes = MalformedCoapWriter.Write(raw);

        var result = CoapUdpCodec.Decode(bytes, CoapDecodeMode.Lax);

        Assert.That(result.Errors.Select(e => $"{e.Rule}@{e.Offset}"), Is.EqualTo(new[]
        {
            $"{CoapRuleIds.HeaderVersion}@0", $"{CoapRuleIds.AcknowledgementRequest}@1", $"{CoapRuleIds.OptionDelta15}@{raw.OptionOffset(2)}",
        }));
        Assert.That(result.Message!.UriPath, Is.EqualTo("/3/0"));
        Assert.That(result.Message.Payload.ToArray(), Is.EqualTo(bytes[raw.OptionOffset(2)..]));
    }

    [Test]
    public void A_reserved_token_length_reads_eight_token_bytes()
    {
        var message = new CoapMessage(CoapMessageType.Confirmable, CoapCode.Get, 1, new byte[] { 1, 2, 3, 4, 5, 6, 7, 8 });
        var result = CoapUdpCodec.Decode(MalformedCoapWriter.Write(RawCoapMessage.From(message).WithTokenLengthNibble(12)), CoapDecodeMode.Lax);

        Assert.That(result.FirstError?.Rule, Is.EqualTo(CoapRuleIds.TokenLengthReserved));
        Assert.That(result.Message!.Token.ToArray(), Is.EqualTo(new byte[] { 1, 2, 3, 4, 5, 6, 7, 8 }));
    }

    [Test]
    public void A_truncated_token_keeps_the_bytes_that_are_there()
    {
        var result = CoapUdpCodec.Decode(Convert.FromHexString("48017d34010203"), CoapDecodeMode.Lax);

        Assert.That(result.FirstError?.Rule, Is.EqualTo(CoapRuleIds.TokenTruncated));
        Assert.That(result.Message!.Token.ToArray(), Is.EqualTo(new byte[] { 1, 2, 3 }));
    }

    [Test]
    public void Out_of_order_options_are_all_read_and_the_one_after_them_too()
    {
        var raw = RawCoapMessage.From(CoapSamples.Read.WithAddedOptions(CoapOption.FromUInt(OptionNumber.Size2, 0))).WithOptionsSwapped(1, 2);
        var result = CoapUdpCodec.Decode(MalformedCoapWriter.Write(raw), CoapDecodeMode.Lax);

        Assert.That(result.Errors.Select(e => e.Rule), Is.EqualTo(new[] { CoapRuleIds.OptionOrder }));
        Assert.That(result.Message!.Options.Select(o => o.Number), Is.EqualTo(new[] { 11, 11, 17, 28 }));
        Assert.That(result.Message.UriPath, Is.EqualTo("/3/0"));
    }

    [Test]
    public void Repeated_and_overlong_options_are_kept_and_listed()
    {
        var raw = RawCoapMessage.From(CoapSamples.Notification).WithOptionValue(1, new byte[] { 1, 0, 0, 0 }).WithDuplicateOption(2);
        var result = CoapUdpCodec.Decode(MalformedCoapWriter.Write(raw), CoapDecodeMode.Lax);

        Assert.That(result.Errors.Select(e => $"{e.Rule}@{e.Offset}"), Is.EqualTo(new[]
        {
            $"{CoapRuleIds.OptionLengthRange}@{raw.OptionOffset(1)}", $"{CoapRuleIds.OptionRepeated}@{raw.OptionOffset(3)}",
        }));
        Assert.That(result.Message!.Options.Count, Is.EqualTo(4));
        Assert.That(result.Message.Payload.Length, Is.EqualTo(16));
    }

    [Test]
    public void Fewer_than_four_bytes_give_no_message()
    {
        var result = CoapUdpCodec.Decode(new byte[] { 0x40, 0x01, 0x00 }, CoapDecodeMode.Lax);

        Assert.That(result.Message, Is.Null);
        Assert.That(result.FirstError?.Rule, Is.EqualTo(CoapRuleIds.HeaderShort));
    }

    [Test]
    public void Decoding_leaves_the_input_untouched_in_both_modes()
    {
        byte[] bytes = MalformedCoapWriter.Write(RawCoapMessage.From(CoapSamples.Register40).WithReservedLengthNibble(3));
        byte[] copy = (byte[])bytes.Clone();

        _ = CoapUdpCodec.Decode(bytes);
        _ = CoapUdpCodec.Decode(bytes, CoapDecodeMode.Lax);

        Assert.That(bytes, Is.EqualTo(copy));
    }

    [Test]
    public void The_strict_exception_carries_the_first_violated_rule()
    {
        var exception = Assert.Throws<CoapFormatException>(() => CoapUdpCodec.DecodeOrThrow(Convert.FromHexString("40e17d34")));
        Assert.That(exception!.Error.Rule, Is.EqualTo(CoapRuleIds.CodeReservedClass));
        Assert.That(exception.Error.Offset, Is.EqualTo(1));
    }
}
