using Harness.Protocol.Coap;
using Harness.Tests.Protocol.Coap.Vectors;

namespace Harness.Tests.Protocol.Coap;

/// <summary>Golden vectors of Fixtures/Vectors/Coap/Udp, both directions, plus their validator findings.</summary>
public class CoapUdpVectorTests
{
    public static IEnumerable<TestCaseData> ValidVectors() =>
        CoapVectorFile.All().Where(p => p.Vector.Message is not null)
            .Select(p => new TestCaseData(p.Vector).SetArgDisplayNames($"{p.File}/{p.Vector.Name}"));

    public static IEnumerable<TestCaseData> InvalidVectors() =>
        CoapVectorFile.All().Where(p => p.Vector.Error is not null)
            .Select(p => new TestCaseData(p.Vector).SetArgDisplayNames($"{p.File}/{p.Vector.Name}"));

    [Test]
    public void Every_vector_has_provenance_and_exactly_one_expectation()
    {
        var all = CoapVectorFile.All().ToList();
        Assert.That(all, Has.Count.GreaterThanOrEqualTo(60));
        Assert.That(all.Select(p => $"{p.File}/{p.Vector.Name}"), Is.Unique);
        foreach (var (file, vector) in all)
        {
            Assert.That(vector.Provenance, Is.Not.Empty, $"{file}/{vector.Name}");
            Assert.That(vector.Message is null, Is.Not.EqualTo(vector.Error is null), $"{file}/{vector.Name} needs a message or an error");
        }
    }

    [TestCaseSource(nameof(ValidVectors))]
    public void Valid_vector_decodes_to_the_stated_fields(CoapVector vector)
    {
        var expected = vector.Message!.ToMessage();
        var strict = CoapUdpCodec.Decode(vector.Bytes);
        var lax = CoapUdpCodec.Decode(vector.Bytes, CoapDecodeMode.Lax);

        Assert.That(strict.Errors, Is.Empty);
        Assert.That(strict.Message, Is.EqualTo(expected));
        Assert.That(lax.Errors, Is.Empty);
        Assert.That(lax.Message, Is.EqualTo(expected));
    }

    [TestCaseSource(nameof(ValidVectors))]
    public void Valid_vector_encodes_to_the_stated_bytes(CoapVector vector)
    {
        var message = vector.Message!.ToMessage();
        Assert.That(Convert.ToHexStringLower(CoapUdpCodec.Encode(message)), Is.EqualTo(vector.Hex));
    }

    [TestCaseSource(nameof(ValidVectors))]
    public void Valid_vector_has_exactly_the_stated_validator_findings(CoapVector vector)
    {
        var findings = CoapMessageValidator.Validate(CoapUdpCodec.DecodeOrThrow(vector.Bytes));
        var expected = (vector.Findings ?? []).Select(f => $"{f.Rule}@{f.Offset}/{f.Level}");
        Assert.That(findings.Select(f => $"{f.Rule}@{f.Offset}/{f.Level}"), Is.EqualTo(expected));
    }

    [TestCaseSource(nameof(InvalidVectors))]
    public void Invalid_vector_is_rejected_with_the_stated_rule_and_offset(CoapVector vector)
    {
        var strict = CoapUdpCodec.Decode(vector.Bytes);
        Assert.That(strict.Message, Is.Null);
        Assert.That(strict.FirstError?.Rule, Is.EqualTo(vector.Error!.Rule));
        Assert.That(strict.FirstError?.Offset, Is.EqualTo(vector.Error.Offset));
        Assert.That(strict.FirstError?.Level, Is.EqualTo(RequirementLevel.Must));
    }

    [TestCaseSource(nameof(InvalidVectors))]
    public void Invalid_vector_lax_decode_lists_the_same_rule_first(CoapVector vector)
    {
        var lax = CoapUdpCodec.Decode(vector.Bytes, CoapDecodeMode.Lax);
        Assert.That(lax.IsValid, Is.False);
        Assert.That(lax.FirstError?.Rule, Is.EqualTo(vector.Error!.Rule));
        Assert.That(lax.FirstError?.Offset, Is.EqualTo(vector.Error.Offset));
        Assert.That(lax.Message, vector.Bytes.Length < CoapUdpCodec.HeaderLength ? Is.Null : Is.Not.Null);
    }
}
