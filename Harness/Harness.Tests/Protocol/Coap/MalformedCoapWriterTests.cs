using Harness.Protocol.Coap;
using Harness.Protocol.Coap.Malformed;

namespace Harness.Tests.Protocol.Coap;

/// <summary>Each named mutation of a correct message is rejected with exactly the expected rule and offset.</summary>
public class MalformedCoapWriterTests
{
    private static IEnumerable<CoapMessage> Samples() =>
        [CoapSamples.Register40, CoapSamples.Read, CoapSamples.Notification, CoapSamples.WithExtendedDelta];

    [Test]
    public void An_unmutated_description_writes_the_codec_encoding()
    {
        foreach (var message in Samples())
        {
            Assert.That(MalformedCoapWriter.Write(RawCoapMessage.From(message)), Is.EqualTo(CoapUdpCodec.Encode(message)), message.ToString());
        }
    }

    [Test]
    public void The_sample_register_request_is_exactly_40_bytes()
    {
        Assert.That(Convert.ToHexStringLower(CoapUdpCodec.Encode(CoapSamples.Register40)), Is.EqualTo("44023a7ca1b2c3d4b2726411283865703d6e6f646531066c743d33303003623d55ff3c2f332f303e"));
    }

    [TestCase(9)]
    [TestCase(12)]
    [TestCase(15)]
    public void A_reserved_token_length_is_reported_at_byte_0(int nibble) =>
        AssertRejected(RawCoapMessage.From(CoapSamples.Read).WithTokenLengthNibble(nibble), CoapRuleIds.TokenLengthReserved, 0);

    [Test]
    public void A_token_length_beyond_the_datagram_is_reported_after_the_header()
    {
        var message = new CoapMessage(CoapMessageType.Confirmable, CoapCode.Get, 1, new byte[] { 1, 2, 3, 4 });
        AssertRejected(RawCoapMessage.From(message).WithTokenLengthNibble(8), CoapRuleIds.TokenTruncated, 4);
    }

    [TestCase(0)]
    [TestCase(2)]
    [TestCase(3)]
    public void A_version_other_than_1_is_reported_at_byte_0(int version) =>
        AssertRejected(RawCoapMessage.From(CoapSamples.Read).WithVersion(version), CoapRuleIds.HeaderVersion, 0);

    [TestCase(0)]
    [TestCase(2)]
    [TestCase(4)]
    public void A_reserved_delta_nibble_is_reported_at_its_option(int index)
    {
        var raw = RawCoapMessage.From(CoapSamples.Register40).WithReservedDeltaNibble(index);
        AssertRejected(raw, CoapRuleIds.OptionDelta15, raw.OptionOffset(index));
    }

    [TestCase(0)]
    [TestCase(1)]
    [TestCase(3)]
    public void A_reserved_length_nibble_is_reported_at_its_option(int index)
    {
        var raw = RawCoapMessage.From(CoapSamples.Register40).WithReservedLengthNibble(index);
        AssertRejected(raw, CoapRuleIds.OptionLength15, raw.OptionOffset(index));
    }

    [Test]
    public void Out_of_order_options_are_reported_at_the_first_option_that_goes_back()
    {
        var raw = RawCoapMessage.From(CoapSamples.Read).WithOptionsSwapped(1, 2);
        Assert.That(raw.OptionNumbers(), Is.EqualTo(new[] { 11, 17, 65547 }), "the 16-bit delta -6 read as unsigned");
        AssertRejected(raw, CoapRuleIds.OptionOrder, raw.OptionOffset(2));
    }

    [Test]
    public void A_duplicate_non_repeatable_option_is_reported_at_the_copy()
    {
        var raw = RawCoapMessage.From(CoapSamples.Read).WithDuplicateOption(2);
        AssertRejected(raw, CoapRuleIds.OptionRepeated, raw.OptionOffset(3));
    }

    [Test]
    public void A_duplicate_repeatable_option_is_accepted()
    {
        var raw = RawCoapMessage.From(CoapSamples.Read).WithDuplicateOption(0);
        var result = CoapUdpCodec.Decode(MalformedCoapWriter.Write(raw));
        Assert.That(result.IsValid, Is.True, result.FirstError?.ToString());
        Assert.That(result.Message!.UriPath, Is.EqualTo("/3/3/0"));
    }

    [Test]
    public void A_payload_marker_with_empty_payload_is_reported_at_the_marker()
    {
        var raw = RawCoapMessage.From(CoapSamples.Read).WithEmptyPayloadAfterMarker();
        AssertRejected(raw, CoapRuleIds.PayloadMarkerEmpty, raw.PayloadMarkerOffset);
    }

    [Test]
    public void Payload_without_marker_is_read_as_an_option_that_runs_past_the_end()
    {
        var raw = RawCoapMessage.From(CoapSamples.Register40).WithoutPayloadMarker();
        AssertRejected(raw, CoapRuleIds.OptionTruncated, raw.PayloadMarkerOffset);
    }

    [Test]
    public void An_empty_message_with_a_token_is_reported_at_byte_0()
    {
        AssertRejected(RawCoapMessage.From(CoapSamples.Read).AsEmptyWithToken(), CoapRuleIds.EmptyWithToken, 0);
    }

    [TestCase(2, 0)]
    [TestCase(2, 7)]
    [TestCase(4, 2)]
    public void A_truncated_option_value_is_reported_at_its_header(int index, int kept)
    {
        var raw = RawCoapMessage.From(CoapSamples.Register40).WithTruncatedOption(index, kept);
        AssertRejected(raw, CoapRuleIds.OptionTruncated, raw.OptionOffset(index));
    }

    [Test]
    public void A_truncated_option_header_extension_is_reported_at_its_header()
    {
        var raw = RawCoapMessage.From(CoapSamples.WithExtendedDelta).WithTruncatedOptionHeader(0);
        Assert.That(MalformedCoapWriter.Write(raw), Has.Length.EqualTo(5));
        AssertRejected(raw, CoapRuleIds.OptionTruncated, raw.OptionOffset(0));
    }

    [TestCase(1, new byte[] { 0, 0, 40 }, Description = "Content-Format of 3 bytes")]
    [TestCase(0, new byte[0], Description = "empty Uri-Path is allowed, so this one must pass")]
    public void Option_length_against_its_definition(int index, byte[] value)
    {
        var raw = RawCoapMessage.From(CoapSamples.Register40).WithOptionValue(index, value);
        var result = CoapUdpCodec.Decode(MalformedCoapWriter.Write(raw));
        if (value.Length == 3)
        {
            AssertRejected(raw, CoapRuleIds.OptionLengthRange, raw.OptionOffset(index));
        }
        else
        {
            Assert.That(result.IsValid, Is.True, result.FirstError?.ToString());
        }
    }

    [TestCase(1, Description = "Observe")]
    [TestCase(2, Description = "Block2")]
    public void Observe_and_block_values_beyond_3_bytes_are_rejected(int index)
    {
        var raw = RawCoapMessage.From(CoapSamples.Notification).WithOptionValue(index, new byte[] { 0, 0, 0, 1 });
        AssertRejected(raw, CoapRuleIds.OptionLengthRange, raw.OptionOffset(index));
    }

    [Test]
    public void An_option_number_beyond_65535_is_reported_at_its_header()
    {
        var raw = RawCoapMessage.From(CoapSamples.WithExtendedDelta).WithOptionDelta(0, OptionHeader.MaxExtendedValue);
        AssertRejected(raw, CoapRuleIds.OptionNumberRange, raw.OptionOffset(0));
    }

    [TestCase(0x21, Description = "1.01")]
    [TestCase(0xC0, Description = "6.00")]
    [TestCase(0xE1, Description = "7.01 CSM, TCP only")]
    public void A_reserved_code_class_is_reported_at_the_code(int code) =>
        AssertRejected(RawCoapMessage.From(CoapSamples.Read).WithCode(new CoapCode((byte)code)), CoapRuleIds.CodeReservedClass, 1);

    [Test]
    public void Type_and_code_combinations_are_reported_at_the_code()
    {
        AssertRejected(RawCoapMessage.From(CoapSamples.Read).WithType(CoapMessageType.Acknowledgement), CoapRuleIds.AcknowledgementRequest, 1);
        AssertRejected(RawCoapMessage.From(CoapSamples.Notification).WithType(CoapMessageType.Reset), CoapRuleIds.ResetNotEmpty, 1);
        var ping = new CoapMessage(CoapMessageType.Confirmable, CoapCode.Empty, 7);
        AssertRejected(RawCoapMessage.From(ping).WithType(CoapMessageType.NonConfirmable), CoapRuleIds.NonConfirmableEmpty, 1);
    }

    [Test]
    public void A_uint_with_a_leading_zero_passes_strict_decoding_and_is_a_should_finding()
    {
        var raw = RawCoapMessage.From(CoapSamples.Register40).WithOptionValue(1, new byte[] { 0x00, 0x28 });
        var message = CoapUdpCodec.DecodeOrThrow(MalformedCoapWriter.Write(raw));
        var finding = CoapMessageValidator.Validate(message).Single();
        Assert.That(finding.Rule, Is.EqualTo(CoapRuleIds.UIntLeadingZero));
        Assert.That(finding.Level, Is.EqualTo(RequirementLevel.Should));
        Assert.That(finding.Offset, Is.EqualTo(raw.OptionOffset(1)));
        Assert.That(message.ContentFormat, Is.EqualTo(40));
    }

    [Test]
    public void Fields_that_do_not_fit_their_bits_are_harness_misuse()
    {
        var raw = RawCoapMessage.From(CoapSamples.Read);
        Assert.Throws<ArgumentOutOfRangeException>(() => MalformedCoapWriter.Write(raw.WithTokenLengthNibble(16)));
        Assert.Throws<ArgumentOutOfRangeException>(() => MalformedCoapWriter.Write(raw.WithVersion(4)));
        Assert.Throws<ArgumentOutOfRangeException>(() => MalformedCoapWriter.Write(raw with { Type = -1 }));
    }

    private static void AssertRejected(RawCoapMessage raw, string rule, int offset)
    {
        byte[] bytes = MalformedCoapWriter.Write(raw);
        var strict = CoapUdpCodec.Decode(bytes);
        var lax = CoapUdpCodec.Decode(bytes, CoapDecodeMode.Lax);
        string hex = Convert.ToHexStringLower(bytes);
        Assert.That(strict.Message, Is.Null, hex);
        Assert.That((strict.FirstError?.Rule, strict.FirstError?.Offset), Is.EqualTo((rule, offset)), hex);
        Assert.That((lax.FirstError?.Rule, lax.FirstError?.Offset), Is.EqualTo((rule, offset)), hex);
        Assert.That(lax.Message, Is.Not.Null, hex);
    }
}
