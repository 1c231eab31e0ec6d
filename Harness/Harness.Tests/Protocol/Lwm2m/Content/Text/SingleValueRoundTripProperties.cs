using CsCheck;
using Harness.Protocol.Coap;
using Harness.Protocol.Lwm2m;
using Harness.Protocol.Lwm2m.Content;
using Harness.Protocol.Lwm2m.Content.Text;
using Harness.Protocol.Lwm2m.Nodes;
using Harness.Protocol.Lwm2m.Values;
using Harness.Tests.Support;

namespace Harness.Tests.Protocol.Lwm2m.Content.Text;

/// <summary>
/// decode(encode(value)) == value in plain text for every single resource and resource instance of the
/// generated objects, and in the opaque format for the Opaque ones; lax agrees with strict.
/// </summary>
public class SingleValueRoundTripProperties
{
    [Test]
    public void Generated_single_values_round_trip_in_plain_text_and_opaque()
    {
        int texts = 0, opaques = 0;
        FixedSeed.Sample(GeneratedContent.Object(), GeneratedContent.Seed, 400, obj =>
        {
            foreach (var instance in obj.Instances)
            {
                foreach (var resource in instance.Resources)
                {
                    foreach (var (path, node, value) in Targets(obj.Id, instance.Id, resource))
                    {
                        AssertRoundTrip(PlainTextCodec.Instance, path, node);
                        texts++;
                        if (value is OpaqueValue)
                        {
                            AssertRoundTrip(OpaqueCodec.Instance, path, node);
                            opaques++;
                        }
                    }
                }
            }
        });

        Assert.That(texts, Is.GreaterThan(3000));
        Assert.That(opaques, Is.GreaterThan(50));
    }

    private static void AssertRoundTrip(ILwm2mContentCodec codec, Lwm2mPath path, Lwm2mNode node)
    {
        var content = Lwm2mContent.Single(path, node);
        var context = Lwm2mCodecContext.For(path, Lwm2mVersions.V12);
        byte[] encoded = codec.Encode(content, context);
        var strict = codec.Decode(encoded, context);
        var lax = codec.Decode(encoded, context with { Mode = CoapDecodeMode.Lax });

        Assert.That(strict.Errors, Is.Empty, () => $"{codec.Name} {path}: {string.Join("; ", strict.Errors)}");
        Assert.That(strict.Content, Is.EqualTo(content), () => $"{codec.Name} {path}: {Convert.ToHexStringLower(encoded)}");
        Assert.That(lax.Content, Is.EqualTo(content));
    }

    private static IEnumerable<(Lwm2mPath Path, Lwm2mNode Node, Lwm2mValue Value)> Targets(int objectId, int instanceId, Lwm2mResource resource) => resource switch
    {
        Lwm2mSingleResource single => [(new Lwm2mPath(objectId, instanceId, single.Id), single, single.Value)],
        Lwm2mMultipleResource multiple => multiple.Instances.Select(i => (new Lwm2mPath(objectId, instanceId, multiple.Id, i.Id), (Lwm2mNode)i, i.Value)),
        _ => [],
    };
}
