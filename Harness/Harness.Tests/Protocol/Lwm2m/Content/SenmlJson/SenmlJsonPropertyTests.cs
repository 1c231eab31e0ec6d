using CsCheck;
using Harness.Protocol.Lwm2m;
using Harness.Protocol.Lwm2m.Content;
using Harness.Protocol.Lwm2m.Content.SenmlJson;
using Harness.Protocol.Lwm2m.Nodes;
using Harness.Tests.Support;

namespace Harness.Tests.Protocol.Lwm2m.Content.SenmlJson;

/// <summary>decode(encode(tree)) == tree for generated model-typed trees at every request level; lax equals strict.</summary>
public class SenmlJsonPropertyTests
{
    private static readonly SenmlJsonCodec Codec = SenmlJsonCodec.Instance;

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
    public void Instances_encoded_at_the_root_come_back_as_their_leaves()
    {
        FixedSeed.Sample(GeneratedContent.Object(), GeneratedContent.Seed, 100, obj =>
            {
                var instance = obj.Instances[0];
                var path = new Lwm2mPath(obj.Id, instance.Id);
                var context = Lwm2mCodecContext.For(Lwm2mPath.Root, Lwm2mVersions.V12);
                var decoded = Codec.Decode(Codec.Encode(Lwm2mContent.Single(path, instance), context), context);
                var leaves = new Lwm2mContent(CompositeSamples.LeafEntries(new Lwm2mObject(obj.Id, instance)));
                Assert.That(decoded.Content, Is.EqualTo(leaves));
            });
    }

    [Test]
    public void Path_lists_round_trip_in_order_as_plain_senml_and_as_fetch_packs()
    {
        FixedSeed.Sample(CompositeSamples.Paths, GeneratedContent.Seed, 300, paths =>
            {
                Assert.That(SenmlJsonCodec.DecodePaths(SenmlJsonCodec.EncodePaths(paths)).GetPathsOrThrow(), Is.EqualTo(paths));
                Assert.That(SenmlEtchJsonCodec.DecodePaths(SenmlEtchJsonCodec.EncodePaths(paths)).GetPathsOrThrow(), Is.EqualTo(paths));
            });
    }

    [Test]
    public void Any_text_survives_json_escaping()
    {
        FixedSeed.Sample(CompositeSamples.AnyText, GeneratedContent.Seed, 500, text => Assert.That(ContentRoundTrip.Check(Codec, CompositeSamples.WithManufacturer(text), new Lwm2mPath(3, 0, 0)), Is.Null));
    }

    [Test]
    public void Patches_of_writes_and_removals_round_trip()
    {
        FixedSeed.Sample(CompositeSamples.Composite.Select(Gen.Int[0, 65534].Array[0, 4]), GeneratedContent.Seed, 200, (writes, ids) =>
            {
                var removals = ids.Distinct().Select(id => new Lwm2mPath(9999, 0, 1, id));
                var patch = new Lwm2mContentPatch(writes, removals);
                var context = Lwm2mCodecContext.For(Lwm2mPath.Root, Lwm2mVersions.V12);
                var decoded = SenmlEtchJsonCodec.DecodePatch(SenmlEtchJsonCodec.EncodePatch(patch, context), context);
                Assert.That(decoded.Errors, Is.Empty);
                Assert.That(decoded.Patch, Is.EqualTo(patch));
            });
    }
}
