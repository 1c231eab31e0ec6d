using System.Text;
using Harness.Protocol.Coap;

namespace Harness.Tests.Protocol.Lwm2m.Content.SenmlJson;

/// <summary>The SenML JSON and SenML-ETCH JSON vectors with provenance in Fixtures/Vectors/SenmlJson.</summary>
public class SenmlJsonVectorTests
{
    private const string Folder = "SenmlJson";

    private static IEnumerable<TestCaseData> Valid() =>
        JsonContentVector.All(Folder).Where(v => v.Error is null).Select(v => new TestCaseData(v).SetName($"Valid {v}"));

    private static IEnumerable<TestCaseData> Invalid() =>
        JsonContentVector.All(Folder).Where(v => v.Error is not null).Select(v => new TestCaseData(v).SetName($"Invalid {v}"));

    [Test]
    public void Every_vector_file_is_read_and_names_its_provenance()
    {
        var vectors = JsonContentVector.All(Folder).ToList();

        Assert.That(vectors, Has.Count.GreaterThanOrEqualTo(75));
        Assert.That(vectors.Select(v => v.File).Distinct(), Is.SupersetOf(new[] { "lwm2m-core-1.1-examples.json", "constructed.json", "senml-etch.json" }));
        Assert.That(vectors.Where(v => v.File == "lwm2m-core-1.1-examples.json").Select(v => v.Provenance), Has.All.Contains("Table 7.4.4-"));
        Assert.That(vectors, Has.All.Matches<JsonContentVector>(v => v.Provenance.Length > 10 && ((v.Values is not null || v.Paths is not null) ^ v.Error is not null)));
        Assert.That(vectors.Select(v => v.Name), Is.Unique);
    }

    [TestCaseSource(nameof(Valid))]
    public void Strict_decoding_gives_the_transcribed_values(JsonContentVector vector)
    {
        var (value, errors) = VectorRun.Decode(vector, CoapDecodeMode.Strict, omaJson: false);

        Assert.That(errors.Select(e => e.Rule), Is.EquivalentTo(vector.Findings ?? []), () => string.Join("; ", errors));
        Assert.That(errors, Has.All.Matches<CoapFormatError>(e => e.Level == RequirementLevel.Should));
        Assert.That(VectorRun.Same(value, VectorRun.Expected(vector)), Is.True, () => $"decoded {value}\nexpected {VectorRun.Expected(vector)}");
    }

    [TestCaseSource(nameof(Valid))]
    public void Lax_decoding_agrees_on_valid_payloads(JsonContentVector vector)
    {
        var (value, errors) = VectorRun.Decode(vector, CoapDecodeMode.Lax, omaJson: false);

        Assert.That(errors.Select(e => e.Rule), Is.EquivalentTo(vector.Findings ?? []));
        Assert.That(VectorRun.Same(value, VectorRun.Expected(vector)), Is.True, () => $"decoded {value}");
    }

    [TestCaseSource(nameof(Valid))]
    public void Our_encoding_decodes_to_the_same_values_and_matches_the_example_where_our_choices_agree(JsonContentVector vector)
    {
        var expected = VectorRun.Expected(vector);
        byte[] encoded = VectorRun.Encode(vector, expected, omaJson: false);
        var (value, errors) = VectorRun.Decode(vector with { Payload = Encoding.UTF8.GetString(encoded), PayloadHex = null }, CoapDecodeMode.Strict, omaJson: false);

        Assert.That(errors.Where(e => e.Level == RequirementLevel.Must), Is.Empty, () => Encoding.UTF8.GetString(encoded));
        Assert.That(VectorRun.Same(value, expected), Is.True, () => Encoding.UTF8.GetString(encoded));
        if (vector.ByteExact)
        {
            Assert.That(Encoding.UTF8.GetString(encoded), Is.EqualTo(vector.Payload));
        }
    }

    [TestCaseSource(nameof(Invalid))]
    public void Strict_decoding_names_the_rule_and_offset(JsonContentVector vector)
    {
        var (value, errors) = VectorRun.Decode(vector, CoapDecodeMode.Strict, omaJson: false);

        Assert.That(value, Is.Null, "a failed strict decode keeps nothing");
        Assert.That(errors, Has.Count.EqualTo(1), () => string.Join("; ", errors));
        Assert.That(errors[0].Rule, Is.EqualTo(vector.Error!.Rule), errors[0].ToString());
        Assert.That(errors[0].Offset, Is.EqualTo(vector.Error.Offset), errors[0].ToString());
        Assert.That(errors[0].Level, Is.EqualTo(RequirementLevel.Must));
        Assert.That(errors[0].Clause, Does.StartWith("RFC ").Or.StartWith("LwM2M Core"));
    }

    [TestCaseSource(nameof(Invalid))]
    public void Lax_decoding_reports_the_same_first_error_and_keeps_going(JsonContentVector vector)
    {
        var (_, errors) = VectorRun.Decode(vector, CoapDecodeMode.Lax, omaJson: false);
        var first = errors.First(e => e.Level == RequirementLevel.Must);

        Assert.That((first.Rule, first.Offset), Is.EqualTo((vector.Error!.Rule, vector.Error.Offset)));
        if (vector.LaxErrors is { } count)
        {
            Assert.That(errors, Has.Count.EqualTo(count), () => string.Join("; ", errors));
        }
    }
}
