using CsCheck;
using Harness.Protocol.Coap;
using Harness.Protocol.Coap.Malformed;

namespace Harness.Tests.Protocol.Coap;

/// <summary>Round trips over generated valid messages, with fixed seeds so a failure reproduces.</summary>
public class CoapUdpRoundTripProperties
{
    private const long Iterations = 3000;

    [Test]
    public void Decoding_an_encoded_message_gives_the_message_back() =>
        CoapMessageGenerators.ValidMessage.Sample(
            message =>
            {
                var decoded = CoapUdpCodec.Decode(CoapUdpCodec.Encode(message));
                Assert.That(decoded.Errors, Is.Empty, message.ToString());
                Assert.That(decoded.Message, Is.EqualTo(message));
            },
            seed: "0N0XIzNsQ0O2",
            iter: Iterations,
            threads: 1);

    [Test]
    public void Encoding_decoded_bytes_gives_the_same_bytes() =>
        CoapMessageGenerators.ValidMessage.Select(CoapUdpCodec.Encode).Sample(
            bytes =>
            {
                var message = CoapUdpCodec.DecodeOrThrow(bytes);
                Assert.That(CoapUdpCodec.Encode(message), Is.EqualTo(bytes));
                var span = new byte[bytes.Length + 3];
                Assert.That(CoapUdpCodec.Encode(message, span), Is.EqualTo(bytes.Length));
                Assert.That(span.AsSpan(0, bytes.Length).ToArray(), Is.EqualTo(bytes));
            },
            seed: "1P6JkdSbJzzE",
            iter: Iterations,
            threads: 1);

    [Test]
    public void Lax_decoding_of_valid_bytes_equals_strict_decoding() =>
        CoapMessageGenerators.ValidMessage.Select(CoapUdpCodec.Encode).Sample(
            bytes =>
            {
                var strict = CoapUdpCodec.Decode(bytes);
                var lax = CoapUdpCodec.Decode(bytes, CoapDecodeMode.Lax);
                Assert.That(lax.Errors, Is.Empty);
                Assert.That(lax.Message, Is.EqualTo(strict.Message));
                Assert.That(lax.Message!.Options.ToList(), Is.EqualTo(strict.Message!.Options.ToList()));
            },
            seed: "2Lq5d0Hcs3B1",
            iter: Iterations,
            threads: 1);

    [Test]
    public void The_raw_description_of_a_message_writes_its_encoding() =>
        CoapMessageGenerators.ValidMessage.Sample(
            message => Assert.That(MalformedCoapWriter.Write(RawCoapMessage.From(message)), Is.EqualTo(CoapUdpCodec.Encode(message))),
            seed: "3Xa9UuZk7Qm2",
            iter: Iterations,
            threads: 1);

    [Test]
    public void Generated_messages_break_no_rule_that_strict_decoding_enforces()
    {
        string[] validatorOnly = [CoapRuleIds.DiagnosticPayloadUtf8, CoapRuleIds.BlockSizeReserved, CoapRuleIds.Block2RequestMore, CoapRuleIds.BlockPayloadSize];
        CoapMessageGenerators.ValidMessage.Sample(
            message => Assert.That(CoapMessageValidator.Validate(message, RequirementLevel.Must).Select(f => f.Rule).Except(validatorOnly), Is.Empty, message.ToString()),
            seed: "4Rt2Wq8Ls0Kd",
            iter: Iterations,
            threads: 1);
    }
}
