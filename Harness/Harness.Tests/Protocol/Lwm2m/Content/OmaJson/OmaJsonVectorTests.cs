using System.Text;
using Harness.Protocol.Coap;
using Harness.Tests.Protocol.Lwm2m.Content.SenmlJson;

namespace Harness.Tests.Protocol.Lwm2m.Content.OmaJson;

/// <summary>The OMA JSON vectors with provenance in Fixtures/Vectors/OmaJson.</summary>
public class OmaJsonVectorTests
{
    private const string Folder = "OmaJson";

    private static IEnumerable<TestCaseData> Valid() =>
        JsonContentVector.All(Folder).Where(v => v.Error is null).Select(v => new TestCaseData(v).SetName($"Valid {v}"));

    private static IEnumerable<TestCaseData> Invalid() =>
        JsonContentVector.All(Folder).Where(v => v.Error is not null).Select(v => new TestCaseData(v).SetName($"Invalid {v}"));

    [Test]
    public void Every_vector_file_is_read_and_names_its_provenance()
    {
        var vectors = JsonContentVector.All(Folder).ToList();

        Assert.That(vectors, Has.Count.GreaterThanOrEqualTo(25));
        Assert.That(vectors.Select(v => v.File).Distinct(), Is.SupersetOf(new[] { "lwm2m-core-1.0-examples.json", "constructed.json" }));
        Assert.That(vectors.Where(v => v.File == "lwm2m-core-1.0-examples.json").Select(v => v.Provenance), Has.All.Contains("§6.4.4"));
        Assert.That(vectors, Has.All.Matches<JsonContentVector>(v => v.Decode == "content" && (v.Values is not null ^ v.Error is not null)));
        Assert.That(vectors.Select(v => v.Name), Is.Unique);
    }

    [TestCaseSource(nameof(Valid))]
    public void Strict_decoding_gives_the_transcribed_values(JsonContentVector vector)
    {
        var (value, errors) = VectorRun.Decode(vector, CoapDecodeMode.Strict, omaJson: true);

        Assert.That(errors.Select(e => e.Rule), Is.EquivalentTo(vector.Findings ?? []), () => string.Join("; ", errors));
        Assert.That(value, Is.EqualTo(VectorRun.Expected(vector)));
    }

    [TestCaseSource(nameof(Valid))]
    public void Lax_decoding_agrees_on_valid_payloads(JsonContentVector vector)
    {
        var (value, errors) = VectorRun.Decode(vector, CoapDecodeMode.Lax, omaJson: true);

        Assert.That(errors.Select(e => e.Rule), Is.EquivalentTo(vector.Findings ?? []));
        Assert.That(value, Is.EqualTo(VectorRun.Expected(vector)));
    }

    [TestCaseSource(nameof(Valid))]
    public void Our_encoding_decodes_to_the_same_values_and_matches_the_example_where_our_choices_agree(JsonContentVector vector)
    {
        var expected = VectorRun.Expected(vector);
        byte[] encoded = VectorRun.Encode(vector, expected, omaJson: true);
        var (value, errors) = VectorRun.Decode(vector with { Payload = Encoding.UTF8.GetString(encoded) }, CoapDecodeMode.Strict, omaJson: true);

        Assert.That(errors, Is.Empty, () => Encoding.UTF8.GetString(encoded));
        Assert.That(value, Is.EqualTo(expected));
        if (vector.ByteExact)
        {
            Assert.That(Encoding.UTF8.GetString(encoded), Is.EqualTo(vector.Payload));
        }
    }

    [TestCaseSource(nameof(Invalid))]
    public void Strict_decoding_names_the_rule_and_offset(JsonContentVector vector)
    {
        var (value, errors) = VectorRun.Decode(vector, CoapDecodeMode.Strict, omaJson: true);

        Assert.That(value, Is.Null);
        Assert.That(errors, Has.Count.EqualTo(1), () => string.Join("; ", errors));
        Assert.That((errors[0].Rule, errors[0].Offset), Is.EqualTo((vector.Error!.Rule, vector.Error.Offset)), errors[0].ToString());
    }

    [TestCaseSource(nameof(Invalid))]
    public void Lax_decoding_reports_the_same_first_error_and_keeps_going(JsonContentVector vector)
    {
        var (_, errors) = VectorRun.Decode(vector, CoapDecodeMode.Lax, omaJson: true);
        var first = errors.First(e => e.Level == RequirementLevel.Must);

        Assert.That((first.Rule, first.Offset), Is.EqualTo((vector.Error!.Rule, vector.Error.Offset)));
        if (vector.LaxErrors is { } count)
        {
            Assert.That(errors, Has.Count.EqualTo(count), () => string.Join("; ", errors));
        }
    }
}
