using Harness.Protocol.Coap;
using Harness.Protocol.Lwm2m;
using Harness.Protocol.Lwm2m.Content;
using Harness.Protocol.Lwm2m.Nodes;
using Harness.Tests.Support;

namespace Harness.Tests.Protocol.Lwm2m.Content;

/// <summary>
/// The same tree carried through every structured content format decodes to the same content: each
/// format's output is decoded, re-encoded in the next format, and so on around the chain, at the object
/// and the object-instance level.
/// </summary>
public class CrossFormatEquivalenceTests
{
    private static readonly int[] StructuredFormats =
    [
        ContentFormat.LwM2mTlv,
        ContentFormat.SenmlJson,
        ContentFormat.SenmlCbor,
        ContentFormat.LwM2mCbor,
    ];

    private static IReadOnlyList<ILwm2mContentCodec> Chain => [.. StructuredFormats.Select(Codec)];

    [Test]
    public void Every_structured_format_is_registered()
    {
        Assert.That(StructuredFormats.Where(f => !Lwm2mContentCodecs.TryGet(f, out _)), Is.Empty, "formats without a codec");
    }

    [Test]
    public void A_tree_carried_through_every_format_in_turn_stays_the_same()
    {
        int chains = 0;
        FixedSeed.Sample(GeneratedContent.Object(), "cross-format", 200, obj =>
        {
            AssertChainKeeps(Lwm2mContent.Single(new Lwm2mPath(obj.Id), obj));
            foreach (var instance in obj.Instances)
            {
                AssertChainKeeps(Lwm2mContent.Single(new Lwm2mPath(obj.Id, instance.Id), instance));
            }

            chains++;
        });
        Assert.That(chains, Is.EqualTo(200));
    }

    [Test]
    public void The_device_instance_decodes_equal_from_every_format()
    {
        var path = new Lwm2mPath(3, 0);
        var content = Lwm2mContent.Single(path, DeviceSample.Instance());
        var context = Lwm2mCodecContext.For(path, Lwm2mVersions.V12);
        foreach (var codec in Chain)
        {
            var decoded = codec.Decode(codec.Encode(content, context), context);
            Assert.That(decoded.Errors, Is.Empty, codec.Name);
            Assert.That(decoded.Content, Is.EqualTo(content), codec.Name);
        }
    }

    private static void AssertChainKeeps(Lwm2mContent original)
    {
        var path = original.Entries[0].Path;
        var context = Lwm2mCodecContext.For(path, Lwm2mVersions.V12);
        var carried = original;
        var route = new List<string>();
        foreach (var codec in Chain.Concat(Chain.Take(1)))
        {
            route.Add(codec.Name);
            byte[] payload = codec.Encode(carried, context);
            var decoded = codec.Decode(payload, context);
            Assert.That(decoded.Errors.Where(e => e.Level == RequirementLevel.Must), Is.Empty, () => $"{string.Join(" → ", route)} at {path}");
            carried = decoded.Content!;
            Assert.That(carried, Is.EqualTo(original), () => $"{string.Join(" → ", route)} at {path}: {Convert.ToHexStringLower(payload)}");
        }
    }

    private static ILwm2mContentCodec Codec(int contentFormat) =>
        Lwm2mContentCodecs.TryGet(contentFormat, out var codec) ? codec : throw new AssertionException($"No codec for Content-Format {contentFormat}");
}
