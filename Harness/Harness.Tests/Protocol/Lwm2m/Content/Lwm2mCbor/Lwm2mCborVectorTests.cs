using Harness.Protocol.Coap;
using Harness.Protocol.Lwm2m;
using Harness.Protocol.Lwm2m.Content;
using Harness.Protocol.Lwm2m.Content.Lwm2mCbor;
using Harness.Tests.Protocol.Lwm2m.Content.Cbor;

namespace Harness.Tests.Protocol.Lwm2m.Content.Lwm2mCbor;

/// <summary>Golden vectors of Fixtures/Vectors/Lwm2mCbor, both directions.</summary>
public class Lwm2mCborVectorTests
{
    private static readonly IReadOnlyList<CborContentVector> Vectors = CborContentVector.Load("Lwm2mCbor");

    public static IEnumerable<CborContentVector> Content => Vectors.Where(v => v.Kind == "content");

    public static IEnumerable<CborContentVector> Errors => Vectors.Where(v => v.Kind == "error");

    [Test]
    public void The_vector_file_holds_content_and_error_vectors_with_unique_names()
    {
        Assert.That(Content.Count(), Is.GreaterThanOrEqualTo(10));
        Assert.That(Errors.Count(), Is.GreaterThanOrEqualTo(20));
        Assert.That(Vectors.Select(v => v.Name), Is.Unique);
    }

    [TestCaseSource(nameof(Content))]
    public void Content_vectors_decode_to_the_expected_tree_and_encode_back(CborContentVector vector)
    {
        var context = Lwm2mCodecContext.For(vector.Path, Lwm2mVersions.V12);
        var expected = ExpectedContent.From(vector.Path, vector.Leaves!);

        var strict = Lwm2mCborCodec.Instance.Decode(vector.Bytes, context);
        var lax = Lwm2mCborCodec.Instance.Decode(vector.Bytes, context with { Mode = CoapDecodeMode.Lax });
        Assert.That(strict.Errors, Is.Empty);
        Assert.That(strict.Content, Is.EqualTo(expected));
        Assert.That(lax.Content, Is.EqualTo(expected));
        Assert.That(lax.Errors, Is.Empty);

        var encoded = Lwm2mCborCodec.Instance.Encode(expected, context);
        Assert.That(Lwm2mCborCodec.Instance.Decode(encoded, context).Content, Is.EqualTo(expected));
        Assert.That(Convert.ToHexStringLower(encoded), vector.ByteExact ? Is.EqualTo(vector.Hex) : Is.Not.EqualTo(vector.Hex), vector.Difference);
    }

    [TestCaseSource(nameof(Errors))]
    public void Error_vectors_are_rejected_with_their_rule_and_offset(CborContentVector vector)
    {
        var context = Lwm2mCodecContext.For(vector.Path, Lwm2mVersions.V12);
        var strict = Lwm2mCborCodec.Instance.Decode(vector.Bytes, context);
        var lax = Lwm2mCborCodec.Instance.Decode(vector.Bytes, context with { Mode = CoapDecodeMode.Lax });

        Assert.That(strict.IsValid, Is.False);
        Assert.That(strict.Content, Is.Null);
        Assert.That(strict.Errors, Has.Count.EqualTo(1));
        Assert.That((strict.Errors[0].Rule, strict.Errors[0].Offset), Is.EqualTo((vector.Error!.Rule, vector.Error.Offset)), strict.Errors[0].ToString());
        Assert.That(lax.Errors.Select(e => e.Rule), Does.Contain(vector.Error.Rule));
    }

    [Test]
    public void The_device_instance_encodes_with_array_keys_for_single_child_runs()
    {
        var context = Lwm2mCodecContext.For(new Lwm2mPath(3, 0), Lwm2mVersions.V12);
        var encoded = Lwm2mCborCodec.Instance.Encode(Lwm2mContent.Single(new Lwm2mPath(3, 0), DeviceSample.Instance()), context);

        var diagnostic = Lwm2mCborCodec.Instance.Render(encoded);

        Assert.That(diagnostic, Does.StartWith("{[3, 0]: {0: \"Open Mobile Alliance\""));
        Assert.That(diagnostic, Does.Contain("6: {0: 1, 1: 5}").And.Contain("[11, 0]: 0").And.Contain("13: 1367491215"));
    }
}
