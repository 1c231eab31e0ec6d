using System.Reflection;
using Harness.Protocol.Coap;
using Harness.Protocol.Lwm2m.Content.Tlv;
using Harness.Protocol.Lwm2m.Model;
using Harness.Tests.Protocol.Lwm2m.Content.Vectors;

namespace Harness.Tests.Protocol.Lwm2m.Content.Tlv;

/// <summary>Golden vectors of Fixtures/Vectors/Tlv (the OMA TS worked examples and composed ones), both directions.</summary>
public class TlvVectorTests
{
    private const string Folder = "Tlv";

    public static IEnumerable<TestCaseData> ValidVectors() => Cases(v => v.Error is null);

    public static IEnumerable<TestCaseData> InvalidVectors() => Cases(v => v.Error is not null);

    public static IEnumerable<TestCaseData> AllVectors() => Cases(_ => true);

    [Test]
    public void Every_vector_has_provenance_and_exactly_one_expectation()
    {
        var all = ContentVectorFile.All(Folder).ToList();
        Assert.That(all, Has.Count.GreaterThanOrEqualTo(60));
        Assert.That(all.Select(p => p.Vector.Name), Is.Unique);
        foreach (var (file, vector, _) in all)
        {
            Assert.That(vector.Provenance, Is.Not.Empty, $"{file}/{vector.Name}");
            Assert.That(vector.Content is null, Is.Not.EqualTo(vector.Error is null), $"{file}/{vector.Name} needs a tree or an error");
            Assert.That(vector.Error is not null || vector.Encoder is "same" or "differs", $"{file}/{vector.Name} says whether our encoder writes the same bytes");
        }
    }

    [Test]
    public void Every_rule_has_a_vector_that_shows_it()
    {
        var shown = ContentVectorFile.All(Folder)
            .SelectMany(p => p.Vector.ExpectedFindings.Append(p.Vector.Error).OfType<VectorRule>())
            .Select(r => r.Rule)
            .ToHashSet();
        var rules = typeof(TlvRuleIds).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!);
        Assert.That(rules.Where(r => !shown.Contains(r)), Is.Empty);
    }

    [TestCaseSource(nameof(ValidVectors))]
    public void Valid_vector_decodes_to_the_stated_tree_strictly_and_laxly(ContentVector vector, ObjectModelRegistry model)
    {
        var expected = vector.ExpectedContent();
        var strict = TlvCodec.Instance.Decode(vector.Bytes, vector.Context(model));
        var lax = TlvCodec.Instance.Decode(vector.Bytes, vector.Context(model, CoapDecodeMode.Lax));

        Assert.That(strict.IsValid, Is.True, () => string.Join("; ", strict.Errors));
        Assert.That(strict.Content, Is.EqualTo(expected));
        Assert.That(Rules(strict.Errors), Is.EqualTo(vector.ExpectedFindings));
        Assert.That(lax.Content, Is.EqualTo(expected));
        Assert.That(lax.Errors, Is.EqualTo(strict.Errors));
    }

    [TestCaseSource(nameof(ValidVectors))]
    public void Encoding_the_stated_tree_gives_the_vector_bytes_or_an_encoding_of_the_same_tree(ContentVector vector, ObjectModelRegistry model)
    {
        var expected = vector.ExpectedContent();
        byte[] encoded = TlvCodec.Instance.Encode(expected, vector.Context(model));

        if (vector.Encoder == "same")
        {
            Assert.That(Convert.ToHexStringLower(encoded), Is.EqualTo(vector.Hex));
        }
        else
        {
            Assert.That(Convert.ToHexStringLower(encoded), Is.Not.EqualTo(vector.Hex), "the vector says our encoder writes other bytes");
            Assert.That(TlvCodec.Instance.Decode(encoded, vector.Context(model)).GetContentOrThrow(), Is.EqualTo(expected));
        }
    }

    [TestCaseSource(nameof(InvalidVectors))]
    public void Invalid_vector_is_rejected_with_the_stated_rule_and_offset(ContentVector vector, ObjectModelRegistry model)
    {
        var strict = TlvCodec.Instance.Decode(vector.Bytes, vector.Context(model));
        var lax = TlvCodec.Instance.Decode(vector.Bytes, vector.Context(model, CoapDecodeMode.Lax));

        Assert.That(strict.Content, Is.Null);
        Assert.That(Rules(strict.Errors), Is.EqualTo(new[] { vector.Error }));
        Assert.That(lax.Content, Is.Not.Null);
        Assert.That(Rules(lax.Errors.Where(e => e.Level == RequirementLevel.Must)).First(), Is.EqualTo(vector.Error));
        var thrown = Assert.Throws<CoapFormatException>(() => strict.GetContentOrThrow());
        Assert.That(thrown.Error.Rule, Is.EqualTo(vector.Error!.Rule));
    }

    [TestCaseSource(nameof(AllVectors))]
    public void Render_shows_the_tree_and_names_every_syntax_violation(ContentVector vector, ObjectModelRegistry model)
    {
        string plain = TlvCodec.Instance.Render(vector.Bytes);
        string typed = TlvCodec.Render(vector.Bytes, vector.Context(model));
        var syntax = TlvSyntax.Parse(vector.Bytes, CoapDecodeMode.Lax);

        Assert.That(plain, Does.StartWith($"TLV, {vector.Bytes.Length} bytes"));
        Assert.That(typed, Does.Contain($"read of {vector.Path}"));
        foreach (var error in syntax.Errors)
        {
            Assert.That(plain, Does.Contain($"! {error.Rule} at byte {error.Offset}"));
        }
    }

    private static IEnumerable<VectorRule> Rules(IEnumerable<CoapFormatError> errors) => errors.Select(e => new VectorRule(e.Rule, e.Offset));

    private static IEnumerable<TestCaseData> Cases(Func<ContentVector, bool> filter) =>
        ContentVectorFile.All(Folder).Where(p => filter(p.Vector))
            .Select(p => new TestCaseData(p.Vector, p.Model).SetArgDisplayNames($"{p.File}/{p.Vector.Name}"));
}
