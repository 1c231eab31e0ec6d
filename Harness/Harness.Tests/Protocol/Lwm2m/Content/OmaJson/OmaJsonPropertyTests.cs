using CsCheck;
using Harness.Protocol.Lwm2m;
using Harness.Protocol.Lwm2m.Content;
using Harness.Protocol.Lwm2m.Content.OmaJson;
using Harness.Tests.Protocol.Lwm2m.Content.SenmlJson;
using Harness.Tests.Support;

namespace Harness.Tests.Protocol.Lwm2m.Content.OmaJson;

/// <summary>decode(encode(tree)) == tree for OMA JSON at every request level and at the root; lax equals strict.</summary>
public class OmaJsonPropertyTests
{
    private static readonly OmaJsonCodec Codec = OmaJsonCodec.Instance;

    [Test]
    public void Objects_round_trip_at_the_object_path()
    {
        FixedSeed.Sample(GeneratedContent.Object(), GeneratedContent.Seed, 300, obj => Assert.That(ContentRoundTrip.Check(Codec, Lwm2mContent.Single(new Lwm2mPath(obj.Id), obj), new Lwm2mPath(obj.Id)), Is.Null));
    }

    [Test]
    public void Instances_resources_and_resource_instances_round_trip_at_their_own_paths()
    {
        FixedSeed.Sample(GeneratedContent.Object(), GeneratedContent.Seed, 200, obj =>
            {
                foreach (var (path, node) in CompositeSamples.Descendants(obj))
                {
                    Assert.That(ContentRoundTrip.Check(Codec, Lwm2mContent.Single(path, node), path), Is.Null);
                }
            });
    }

    [Test]
    public void Composite_content_round_trips_at_the_root()
    {
        FixedSeed.Sample(CompositeSamples.Composite, GeneratedContent.Seed, 300, content => Assert.That(ContentRoundTrip.Check(Codec, content, Lwm2mPath.Root), Is.Null));
    }

    [Test]
    public void Any_text_survives_json_escaping()
    {
        FixedSeed.Sample(CompositeSamples.AnyText, GeneratedContent.Seed, 500, text => Assert.That(ContentRoundTrip.Check(Codec, CompositeSamples.WithManufacturer(text), new Lwm2mPath(3, 0, 0)), Is.Null));
    }

    [Test]
    public void The_legacy_code_1543_reads_and_writes_the_same_format()
    {
        Assert.That(OmaJsonCodec.Legacy.ContentFormat, Is.EqualTo(1543));
        FixedSeed.Sample(GeneratedContent.Object(), GeneratedContent.Seed, 50, obj => Assert.That(ContentRoundTrip.Check(OmaJsonCodec.Legacy, Lwm2mContent.Single(new Lwm2mPath(obj.Id), obj), new Lwm2mPath(obj.Id)), Is.Null));
    }
}
