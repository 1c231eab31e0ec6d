using CsCheck;
using Harness.Protocol.Lwm2m;
using Harness.Protocol.Lwm2m.Content;
using Harness.Protocol.Lwm2m.Content.OmaJson;
using Harness.Tests.Protocol.Lwm2m.Content.SenmlJson;

namespace Harness.Tests.Protocol.Lwm2m.Content.OmaJson;

/// <summary>decode(encode(tree)) == tree for OMA JSON at every request level and at the root; lax equals strict.</summary>
public class OmaJsonPropertyTests
{
    private static readonly OmaJsonCodec Codec = OmaJsonCodec.Instance;

    [Test]
    public void Objects_round_trip_at_the_object_path()
    {
        GeneratedContent.Object().Sample(
            obj => Assert.That(ContentRoundTrip.Check(Codec, Lwm2mContent.Single(new Lwm2mPath(obj.Id), obj), new Lwm2mPath(obj.Id)), Is.Null),
            iter: 300,
            seed: GeneratedContent.Seed);
    }

    [Test]
    public void Instances_resources_and_resource_instances_round_trip_at_their_own_paths()
    {
        GeneratedContent.Object().Sample(
            obj =>
            {
                foreach (var (path, node) in CompositeSamples.Descendants(obj))
                {
                    Assert.That(ContentRoundTrip.Check(Codec, Lwm2mContent.Single(path, node), path), Is.Null);
                }
            },
            iter: 200,
            seed: GeneratedContent.Seed);
    }

    [Test]
    public void Composite_content_round_trips_at_the_root()
    {
        CompositeSamples.Composite.Sample(
            content => Assert.That(ContentRoundTrip.Check(Codec, content, Lwm2mPath.Root), Is.Null),
            iter: 300,
            seed: GeneratedContent.Seed);
    }

    [Test]
    public void Any_text_survives_json_escaping()
    {
        CompositeSamples.AnyText.Sample(
            text => Assert.That(ContentRoundTrip.Check(Codec, CompositeSamples.WithManufacturer(text), new Lwm2mPath(3, 0, 0)), Is.Null),
            iter: 500,
            seed: GeneratedContent.Seed);
    }

    [Test]
    public void The_legacy_code_1543_reads_and_writes_the_same_format()
    {
        Assert.That(OmaJsonCodec.Legacy.ContentFormat, Is.EqualTo(1543));
        GeneratedContent.Object().Sample(
            obj => Assert.That(ContentRoundTrip.Check(OmaJsonCodec.Legacy, Lwm2mContent.Single(new Lwm2mPath(obj.Id), obj), new Lwm2mPath(obj.Id)), Is.Null),
            iter: 50,
            seed: GeneratedContent.Seed);
    }
}
