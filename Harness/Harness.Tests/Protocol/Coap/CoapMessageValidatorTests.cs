using Harness.Protocol.Coap;

namespace Harness.Tests.Protocol.Coap;

public class CoapMessageValidatorTests
{
    [Test]
    public void Correct_samples_have_no_findings()
    {
        foreach (var message in new[] { CoapSamples.Register40, CoapSamples.Read, CoapSamples.Notification, CoapSamples.WithExtendedDelta })
        {
            Assert.That(CoapMessageValidator.Validate(message), Is.Empty, message.ToString());
        }
    }

    [Test]
    public void A_model_can_break_message_layer_rules_and_the_validator_names_them()
    {
        var ackWithGet = CoapSamples.Read.WithType(CoapMessageType.Acknowledgement);
        var emptyWithToken = new CoapMessage(CoapMessageType.Acknowledgement, CoapCode.Empty, 1, new byte[] { 9 });
        var emptyWithPayload = new CoapMessage(CoapMessageType.Reset, CoapCode.Empty, 1, payload: new byte[] { 1 });
        var csm = new CoapMessage(CoapMessageType.Confirmable, CoapCode.Csm, 1);

        Assert.That(Rules(ackWithGet), Is.EqualTo(new[] { $"{CoapRuleIds.AcknowledgementRequest}@1" }));
        Assert.That(Rules(emptyWithToken), Is.EqualTo(new[] { $"{CoapRuleIds.EmptyWithToken}@0" }));
        Assert.That(Rules(emptyWithPayload), Is.EqualTo(new[] { $"{CoapRuleIds.EmptyNotEmpty}@4" }));
        Assert.That(Rules(csm), Is.EqualTo(new[] { $"{CoapRuleIds.CodeReservedClass}@1" }));
    }

    [Test]
    public void Option_definition_rules_apply_to_models_with_offsets_of_the_udp_encoding()
    {
        var twoContentFormats = CoapSamples.Read.WithAddedOptions(CoapOption.FromUInt(OptionNumber.ContentFormat, 0), CoapOption.FromUInt(OptionNumber.ContentFormat, 60));
        var longObserve = CoapSamples.Read.WithAddedOptions(CoapOption.FromBytes(OptionNumber.Observe, [1, 0, 0, 0]));

        // Header 4 + token 4, Uri-Path "3" (2 bytes), Uri-Path "0" (2), Content-Format 0 (1), then the copy.
        Assert.That(Rules(twoContentFormats), Is.EqualTo(new[] { $"{CoapRuleIds.OptionRepeated}@13" }));
        Assert.That(Rules(longObserve), Is.EqualTo(new[] { $"{CoapRuleIds.OptionLengthRange}@8" }));
    }

    [Test]
    public void Should_findings_are_marked_should_and_can_be_filtered()
    {
        var message = CoapSamples.Read.WithAddedOptions(
            CoapOption.FromBytes(OptionNumber.MaxAge, [0, 60]),
            CoapOption.FromBytes(OptionNumber.UriQuery, [0xC3, 0x28]),
            CoapOption.FromBytes(128, [1]));

        var findings = CoapMessageValidator.Validate(message);

        Assert.That(findings.Select(f => f.Rule), Is.EquivalentTo(new[] { CoapRuleIds.UIntLeadingZero, CoapRuleIds.StringNotUtf8, CoapRuleIds.OptionNumberReserved }));
        Assert.That(findings.Select(f => f.Level), Has.All.EqualTo(RequirementLevel.Should));
        Assert.That(CoapMessageValidator.Validate(message, RequirementLevel.Must), Is.Empty);
        Assert.That(CoapUdpCodec.Decode(CoapUdpCodec.Encode(message)).IsValid, Is.True, "strict decoding accepts SHOULD-level findings");
    }

    [Test]
    public void Block_rules_of_rfc_7959()
    {
        var szx7 = CoapSamples.Read.WithAddedOptions(CoapOption.FromUInt(OptionNumber.Block2, 0x17));
        var block2MoreInRequest = CoapSamples.Read.WithAddedOptions(CoapOption.FromUInt(OptionNumber.Block2, BlockValue.For(1, more: true, size: 64).ToUInt()));
        var shortBlock = CoapSamples.Notification.WithPayload(new byte[15]);
        var lastBlockMayBeShort = CoapSamples.Notification.WithReplacedOption(CoapOption.FromUInt(OptionNumber.Block2, BlockValue.For(3, more: false, size: 16).ToUInt())).WithPayload(new byte[3]);

        Assert.That(Rules(szx7), Is.EqualTo(new[] { $"{CoapRuleIds.BlockSizeReserved}@15" }));
        Assert.That(Rules(block2MoreInRequest), Is.EqualTo(new[] { $"{CoapRuleIds.Block2RequestMore}@15" }));
        Assert.That(Rules(shortBlock), Has.Exactly(1).EqualTo($"{CoapRuleIds.BlockPayloadSize}@13"));
        Assert.That(Rules(lastBlockMayBeShort), Is.Empty);
    }

    [Test]
    public void A_diagnostic_payload_must_be_utf8_unless_a_content_format_says_otherwise()
    {
        var badRequest = new CoapMessage(CoapMessageType.Acknowledgement, CoapCode.BadRequest, 1, payload: new byte[] { 0xFF, 0xFE });
        var withFormat = badRequest.WithAddedOptions(CoapOption.FromUInt(OptionNumber.ContentFormat, 42));
        var text = badRequest.WithPayload("bad path");

        Assert.That(Rules(badRequest), Is.EqualTo(new[] { $"{CoapRuleIds.DiagnosticPayloadUtf8}@5" }));
        Assert.That(Rules(withFormat), Is.Empty);
        Assert.That(Rules(text), Is.Empty);
    }

    [Test]
    public void A_format_error_made_with_the_original_constructor_is_must_level()
    {
        var error = new CoapFormatError("X", "m", 3, "RFC 7252 §3");
        Assert.That(error.Level, Is.EqualTo(RequirementLevel.Must));
        Assert.That(new CoapFormatError("X", "m", 3, "c", RequirementLevel.Should).Level, Is.EqualTo(RequirementLevel.Should));
        Assert.That(error.ToString(), Does.Contain("rule X").And.Contain("byte 3"));
    }

    private static IEnumerable<string> Rules(CoapMessage message) =>
        CoapMessageValidator.Validate(message).Select(f => $"{f.Rule}@{f.Offset}");
}
