using System.Reflection;
using Harness.Protocol.Coap;
using Harness.Protocol.Lwm2m.Content;
using Harness.Protocol.Lwm2m.Content.Text;
using Harness.Protocol.Lwm2m.Model;
using Harness.Tests.Protocol.Lwm2m.Content.Vectors;

namespace Harness.Tests.Protocol.Lwm2m.Content.Text;

/// <summary>Golden vectors of Fixtures/Vectors/Text (plain text and opaque), both directions.</summary>
public class TextVectorTests
{
    private const string Folder = "Text";

    public static IEnumerable<TestCaseData> ValidVectors() => Cases(v => v.Error is null);

    public static IEnumerable<TestCaseData> InvalidVectors() => Cases(v => v.Error is not null);

    [Test]
    public void Every_vector_has_provenance_a_format_and_exactly_one_expectation()
    {
        var all = ContentVectorFile.All(Folder).ToList();
        Assert.That(all, Has.Count.GreaterThanOrEqualTo(35));
        Assert.That(all.Select(p => p.Vector.Name), Is.Unique);
        foreach (var (file, vector, _) in all)
        {
            Assert.That(vector.Provenance, Is.Not.Empty, $"{file}/{vector.Name}");
            Assert.That(vector.ContentFormat, Is.EqualTo(0).Or.EqualTo(42), $"{file}/{vector.Name}");
            Assert.That(vector.Content is null, Is.Not.EqualTo(vector.Error is null), $"{file}/{vector.Name} needs a tree or an error");
        }
    }

    [Test]
    public void Every_rule_has_a_vector_that_shows_it()
    {
        var shown = ContentVectorFile.All(Folder)
            .SelectMany(p => p.Vector.ExpectedFindings.Append(p.Vector.Error).OfType<VectorRule>())
            .Select(r => r.Rule)
            .ToHashSet();
        var rules = typeof(TextRuleIds).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!);
        Assert.That(rules.Where(r => !shown.Contains(r)), Is.Empty);
    }

    [TestCaseSource(nameof(ValidVectors))]
    public void Valid_vector_decodes_to_the_stated_value_and_encodes_back(ContentVector vector, ObjectModelRegistry model)
    {
        var codec = CodecOf(vector);
        var expected = vector.ExpectedContent();
        var strict = codec.Decode(vector.Bytes, vector.Context(model));
        var lax = codec.Decode(vector.Bytes, vector.Context(model, CoapDecodeMode.Lax));
        byte[] encoded = codec.Encode(expected, vector.Context(model));

        Assert.That(strict.Content, Is.EqualTo(expected), () => string.Join("; ", strict.Errors));
        Assert.That(strict.Errors.Select(e => new VectorRule(e.Rule, e.Offset)), Is.EqualTo(vector.ExpectedFindings));
        Assert.That(lax.Content, Is.EqualTo(expected));
        Assert.That(lax.Errors, Is.EqualTo(strict.Errors));
        Assert.That(encoded, vector.Encoder == "same" ? Is.EqualTo(vector.Bytes) : Is.Not.EqualTo(vector.Bytes));
        Assert.That(codec.Decode(encoded, vector.Context(model)).Content, Is.EqualTo(expected));
    }

    [TestCaseSource(nameof(InvalidVectors))]
    public void Invalid_vector_is_rejected_with_the_stated_rule_and_offset(ContentVector vector, ObjectModelRegistry model)
    {
        var codec = CodecOf(vector);
        var strict = codec.Decode(vector.Bytes, vector.Context(model));
        var lax = codec.Decode(vector.Bytes, vector.Context(model, CoapDecodeMode.Lax));

        Assert.That(strict.Content, Is.Null);
        Assert.That(strict.Errors.Select(e => new VectorRule(e.Rule, e.Offset)), Is.EqualTo(new[] { vector.Error }));
        Assert.That(lax.Content, Is.Not.Null);
        Assert.That(lax.Errors.First(e => e.Level == RequirementLevel.Must).Rule, Is.EqualTo(vector.Error!.Rule));
        Assert.That(codec.Render(vector.Bytes), Does.Contain($"{vector.Bytes.Length} bytes"));
    }

    private static ILwm2mContentCodec CodecOf(ContentVector vector) =>
        vector.ContentFormat == 42 ? OpaqueCodec.Instance : PlainTextCodec.Instance;

    private static IEnumerable<TestCaseData> Cases(Func<ContentVector, bool> filter) =>
        ContentVectorFile.All(Folder).Where(p => filter(p.Vector))
            .Select(p => new TestCaseData(p.Vector, p.Model).SetArgDisplayNames($"{p.File}/{p.Vector.Name}"));
}
