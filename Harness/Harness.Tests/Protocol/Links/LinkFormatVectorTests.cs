using Harness.Protocol.Coap;
using Harness.Protocol.Links;

namespace Harness.Tests.Protocol.Links;

/// <summary>The link-format vectors with provenance in Fixtures/Vectors/LinkFormat.</summary>
public class LinkFormatVectorTests
{
    private static IEnumerable<TestCaseData> Valid() =>
        LinkFormatVector.All().Where(v => v.Error is null).Select(v => new TestCaseData(v).SetName($"Valid {v}"));

    private static IEnumerable<TestCaseData> Invalid() =>
        LinkFormatVector.All().Where(v => v.Error is not null).Select(v => new TestCaseData(v).SetName($"Invalid {v}"));

    [Test]
    public void Every_vector_file_is_read_and_names_its_provenance()
    {
        var vectors = LinkFormatVector.All().ToList();

        Assert.That(vectors, Has.Count.GreaterThanOrEqualTo(30));
        Assert.That(vectors.Select(v => v.File).Distinct(), Is.SupersetOf(new[] { "rfc6690-examples.json", "lwm2m-core-examples.json" }));
        Assert.That(vectors, Has.All.Matches<LinkFormatVector>(v => v.Provenance.Length > 10 && (v.Links is not null ^ v.Error is not null)));
    }

    [TestCaseSource(nameof(Valid))]
    public void Strict_parse_gives_the_transcribed_links(LinkFormatVector vector)
    {
        var result = LinkFormatParser.Parse(vector.Payload);

        Assert.That(result.Errors, Is.Empty, () => string.Join("; ", result.Errors));
        Assert.That(result.Links, Is.EqualTo(vector.ExpectedLinks()));
    }

    [TestCaseSource(nameof(Valid))]
    public void The_writer_reproduces_the_payload(LinkFormatVector vector)
    {
        Assert.That(LinkFormatWriter.Write(LinkFormatParser.ParseOrThrow(vector.Payload)), Is.EqualTo(vector.Payload));
    }

    [TestCaseSource(nameof(Valid))]
    public void Lax_parse_agrees_on_valid_payloads(LinkFormatVector vector)
    {
        var result = LinkFormatParser.Parse(vector.Payload, CoapDecodeMode.Lax);

        Assert.That(result.Errors, Is.Empty);
        Assert.That(result.Links, Is.EqualTo(vector.ExpectedLinks()));
    }

    [TestCaseSource(nameof(Invalid))]
    public void Strict_parse_names_the_rule_and_offset(LinkFormatVector vector)
    {
        var result = LinkFormatParser.Parse(vector.Payload);

        Assert.That(result.Links, Is.Empty, "a failed strict parse keeps nothing");
        Assert.That(result.Errors, Has.Count.EqualTo(1));
        Assert.That(result.FirstError?.Rule, Is.EqualTo(vector.Error!.Rule), result.FirstError?.ToString());
        Assert.That(result.FirstError?.Offset, Is.EqualTo(vector.Error.Offset), result.FirstError?.ToString());
        Assert.That(result.FirstError?.Clause, Does.StartWith("RFC "));
    }

    [TestCaseSource(nameof(Invalid))]
    public void Lax_parse_keeps_what_it_can(LinkFormatVector vector)
    {
        var result = LinkFormatParser.Parse(vector.Payload, CoapDecodeMode.Lax);

        Assert.That(result.Links, Has.Count.EqualTo(vector.LaxLinks), () => string.Join("; ", result.Errors));
        Assert.That(result.FirstError?.Rule, Is.EqualTo(vector.Error!.Rule));
        if (vector.LaxErrors is { } count)
        {
            Assert.That(result.Errors, Has.Count.EqualTo(count));
        }
    }
}
