using Harness.Protocol.Coap;
using Harness.Protocol.Lwm2m;
using Harness.Protocol.Lwm2m.Content;
using Harness.Protocol.Lwm2m.Content.SenmlCbor;
using Harness.Tests.Protocol.Lwm2m.Content.Cbor;

namespace Harness.Tests.Protocol.Lwm2m.Content.SenmlCbor;

/// <summary>Golden vectors of Fixtures/Vectors/SenmlCbor, both directions.</summary>
public class SenmlCborVectorTests
{
    private static readonly IReadOnlyList<CborContentVector> Vectors = CborContentVector.Load("SenmlCbor");

    public static IEnumerable<CborContentVector> Content => Vectors.Where(v => v.Kind == "content");

    public static IEnumerable<CborContentVector> Errors => Vectors.Where(v => v.Kind == "error");

    public static IEnumerable<CborContentVector> Writes => Vectors.Where(v => v.Kind == "write");

    public static IEnumerable<CborContentVector> Paths => Vectors.Where(v => v.Kind == "paths");

    [Test]
    public void The_vector_files_hold_the_ts_examples_and_every_kind()
    {
        Assert.That(Vectors.Count(v => v.Name.StartsWith("ts-", StringComparison.Ordinal)), Is.EqualTo(7));
        Assert.That(Vectors.Select(v => v.Kind).Distinct(), Is.EquivalentTo(new[] { "content", "records", "paths", "write", "error" }));
        Assert.That(Vectors.Select(v => v.Name), Is.Unique);
    }

    [TestCaseSource(nameof(Content))]
    public void Content_vectors_decode_to_the_expected_tree_and_encode_back(CborContentVector vector)
    {
        var context = Lwm2mCodecContext.For(vector.Path, Lwm2mVersions.V11);
        var expected = ExpectedContent.From(vector.Path, vector.Leaves!);

        var strict = SenmlCborCodec.Instance.Decode(vector.Bytes, context);
        var lax = SenmlCborCodec.Instance.Decode(vector.Bytes, context with { Mode = CoapDecodeMode.Lax });
        Assert.That(strict.Errors, Is.Empty);
        Assert.That(strict.Content, Is.EqualTo(expected));
        Assert.That(lax.Content, Is.EqualTo(expected));
        Assert.That(lax.Errors, Is.Empty);

        var encoded = SenmlCborCodec.Instance.Encode(expected, context);
        Assert.That(SenmlCborCodec.Instance.Decode(encoded, context).Content, Is.EqualTo(expected));
        if (vector.ByteExact)
        {
            Assert.That(Convert.ToHexStringLower(encoded), Is.EqualTo(vector.Hex), vector.Provenance);
        }
        else
        {
            Assert.That(vector.Difference, Is.Not.Null.And.Not.Empty, "a vector our encoder does not reproduce says why");
        }
    }

    [TestCaseSource(nameof(Errors))]
    public void Error_vectors_are_rejected_with_their_rule_and_offset(CborContentVector vector)
    {
        var context = Lwm2mCodecContext.For(vector.Path, Lwm2mVersions.V11);
        var strict = SenmlCborCodec.Instance.Decode(vector.Bytes, context);
        var lax = SenmlCborCodec.Instance.Decode(vector.Bytes, context with { Mode = CoapDecodeMode.Lax });

        Assert.That(strict.IsValid, Is.False);
        Assert.That(strict.Content, Is.Null);
        Assert.That(strict.Errors, Has.Count.EqualTo(1));
        Assert.That((strict.Errors[0].Rule, strict.Errors[0].Offset), Is.EqualTo((vector.Error!.Rule, vector.Error.Offset)), strict.Errors[0].ToString());
        Assert.That(lax.Errors.Select(e => e.Rule), Does.Contain(vector.Error.Rule));
    }

    [TestCaseSource(nameof(Writes))]
    public void Write_composite_vectors_decode_to_writes_and_removals_and_encode_back(CborContentVector vector)
    {
        var context = Lwm2mCodecContext.For(Lwm2mPath.Root, Lwm2mVersions.V11);
        var expected = new Lwm2mCompositeWrite(ExpectedContent.From(Lwm2mPath.Root, vector.Leaves!), [.. vector.Removals!.Select(Lwm2mPath.Parse)]);

        var decoded = SenmlEtchCborCodec.DecodeWrite(vector.Bytes, context);

        Assert.That(decoded.Errors, Is.Empty);
        Assert.That(decoded.Write, Is.EqualTo(expected));
        var encoded = SenmlEtchCborCodec.EncodeWrite(expected);
        Assert.That(SenmlEtchCborCodec.DecodeWrite(encoded, context).Write, Is.EqualTo(expected));
        Assert.That(Convert.ToHexStringLower(encoded), vector.ByteExact ? Is.EqualTo(vector.Hex) : Is.Not.EqualTo(vector.Hex), vector.Difference);
    }

    [TestCaseSource(nameof(Paths))]
    public void Read_composite_requests_decode_to_their_paths_and_encode_back(CborContentVector vector)
    {
        var expected = vector.Paths!.Select(Lwm2mPath.Parse).ToList();

        var decoded = SenmlCborCodec.DecodePaths(vector.Bytes);

        Assert.That(decoded.Errors, Is.Empty);
        Assert.That(decoded.Paths, Is.EqualTo(expected));
        Assert.That(Convert.ToHexStringLower(SenmlCborCodec.EncodePaths(expected)), Is.EqualTo(vector.Hex));
    }

    [Test]
    public void The_timestamped_example_resolves_to_three_times_and_keeps_one_value_per_path()
    {
        var vector = Vectors.Single(v => v.Kind == "records");
        var records = SenmlCborReader.Read(vector.Bytes, CoapDecodeMode.Strict, out var readErrors)!;
        var resolved = SenmlResolver.Resolve(records);

        Assert.That(readErrors, Is.Empty);
        Assert.That(resolved.Select(r => (r.Name, r.Value.ToString(), r.Time)),
            Is.EqualTo(vector.Resolved!.Select(r => (r[0].GetString()!, r[1].GetString(), (double?)r[2].GetDouble()))));

        var context = Lwm2mCodecContext.For(vector.Path, Lwm2mVersions.V11);
        var strict = SenmlCborCodec.Instance.Decode(vector.Bytes, context);
        var lax = SenmlCborCodec.Instance.Decode(vector.Bytes, context with { Mode = CoapDecodeMode.Lax });
        Assert.That((strict.Errors[0].Rule, strict.Errors[0].Offset), Is.EqualTo((vector.Error!.Rule, vector.Error.Offset)));
        Assert.That(lax.Content!.SingleNode.ToString(), Does.Contain("Float(22.4)").And.Not.Contain("22.9"));
    }
}
