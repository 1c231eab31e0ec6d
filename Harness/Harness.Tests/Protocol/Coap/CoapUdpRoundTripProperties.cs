using CsCheck;
using Harness.Protocol.Coap;
using Harness.Protocol.Coap.Malformed;
using Harness.Tests.Support;

namespace Harness.Tests.Protocol.Coap;

/// <summary>Round trips over generated valid messages, with fixed seeds so a failure reproduces.</summary>
public class CoapUdpRoundTripProperties
{
    private const int Iterations = 3000;

    [Test]
    public void Decoding_an_encoded_message_gives_the_message_back() =>
        FixedSeed.Sample(CoapMessageGenerators.ValidMessage, "0N0XIzNsQ0O2", Iterations, message =>
            {
                var decoded = CoapUdpCodec.Decode(CoapUdpCodec.Encode(message));
                Assert.That(decoded.Errors, Is.Empty, message.ToString());
                Assert.That(decoded.Message, Is.EqualTo(message));
            });

    [Test]
    public void Encoding_decoded_bytes_gives_the_same_bytes() =>
        FixedSeed.Sample(CoapMessageGenerators.ValidMessage.Select(CoapUdpCodec.Encode), "1P6JkdSbJzzE", Iterations, bytes =>
            {
                var message = CoapUdpCodec.DecodeOrThrow(bytes);
                Assert.That(CoapUdpCodec.Encode(message), Is.EqualTo(bytes));
                var span = new byte[bytes.Length + 3];
                Assert.That(CoapUdpCodec.Encode(message, span), Is.EqualTo(bytes.Length));
                Assert.That(span.AsSpan(0, bytes.Length).ToArray(), Is.EqualTo(bytes));
            });

    [Test]
    public void Lax_decoding_of_valid_bytes_equals_strict_decoding() =>
        FixedSeed.Sample(CoapMessageGenerators.ValidMessage.Select(CoapUdpCodec.Encode), "2Lq5d0Hcs3B1", Iterations, bytes =>
            {
                var strict = CoapUdpCodec.Decode(bytes);
                var lax = CoapUdpCodec.Decode(bytes, CoapDecodeMode.Lax);
                Assert.That(lax.Errors, Is.Empty);
                Assert.That(lax.Message, Is.EqualTo(strict.Message));
                Assert.That(lax.Message!.Options.ToList(), Is.EqualTo(strict.Message!.Options.ToList()));
            });

    [Test]
    public void The_raw_description_of_a_message_writes_its_encoding() =>
        FixedSeed.Sample(CoapMessageGenerators.ValidMessage, "3Xa9UuZk7Qm2", Iterations, message => Assert.That(MalformedCoapWriter.Write(RawCoapMessage.From(message)), Is.EqualTo(CoapUdpCodec.Encode(message))));

    [Test]
    public void Generated_messages_break_no_rule_that_strict_decoding_enforces()
    {
        string[] validatorOnly = [CoapRuleIds.DiagnosticPayloadUtf8, CoapRuleIds.BlockSizeReserved, CoapRuleIds.Block2RequestMore, CoapRuleIds.BlockPayloadSize];
        FixedSeed.Sample(CoapMessageGenerators.ValidMessage, "4Rt2Wq8Ls0Kd", Iterations, message => Assert.That(CoapMessageValidator.Validate(message, RequirementLevel.Must).Select(f => f.Rule).Except(validatorOnly), Is.Empty, message.ToString()));
    }
}
