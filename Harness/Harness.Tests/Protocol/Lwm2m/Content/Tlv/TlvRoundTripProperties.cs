using CsCheck;
using Harness.Protocol.Coap;
using Harness.Protocol.Lwm2m;
using Harness.Protocol.Lwm2m.Content;
using Harness.Protocol.Lwm2m.Content.Tlv;
using Harness.Protocol.Lwm2m.Nodes;
using Harness.Tests.Support;

namespace Harness.Tests.Protocol.Lwm2m.Content.Tlv;

/// <summary>
/// decode(encode(tree)) == tree for model-typed generated objects, read at every level a request can
/// address: the object, each instance, each resource and each resource instance; lax decoding of the same
/// bytes gives the same tree and no violation.
/// </summary>
public class TlvRoundTripProperties
{
    [Test]
    public void Generated_objects_round_trip_at_every_request_level()
    {
        int checkedTargets = 0;
        FixedSeed.Sample(GeneratedContent.Object(), GeneratedContent.Seed, 400, obj =>
        {
            foreach (var (path, node) in Targets(obj))
            {
                AssertRoundTrip(path, node);
                checkedTargets++;
            }
        });

        Assert.That(checkedTargets, Is.GreaterThan(4000));
    }

    [Test]
    public void The_device_sample_round_trips_and_keeps_its_size()
    {
        var instance = DeviceSample.Instance();
        var path = new Lwm2mPath(3, 0);
        byte[] encoded = TlvCodec.Instance.Encode(Lwm2mContent.Single(path, instance), Lwm2mCodecContext.For(path, Lwm2mVersions.V12));

        Assert.That(encoded, Has.Length.EqualTo(151));
        Assert.That(TlvCodec.Instance.Decode(encoded, Lwm2mCodecContext.For(path, Lwm2mVersions.V12)).GetContentOrThrow().SingleNode, Is.EqualTo(instance));
    }

    private static void AssertRoundTrip(Lwm2mPath path, Lwm2mNode node)
    {
        var content = Lwm2mContent.Single(path, node);
        var context = Lwm2mCodecContext.For(path, Lwm2mVersions.V12);
        byte[] encoded = TlvCodec.Instance.Encode(content, context);
        var strict = TlvCodec.Instance.Decode(encoded, context);
        var lax = TlvCodec.Instance.Decode(encoded, context with { Mode = CoapDecodeMode.Lax });

        Assert.That(strict.Errors, Is.Empty, () => $"{path}: {string.Join("; ", strict.Errors)}");
        Assert.That(strict.Content, Is.EqualTo(content), () => $"{path}: {Convert.ToHexStringLower(encoded)}");
        Assert.That(lax.Errors, Is.Empty);
        Assert.That(lax.Content, Is.EqualTo(content));
    }

    /// <summary>Every node of the object with the path that names it.</summary>
    private static IEnumerable<(Lwm2mPath Path, Lwm2mNode Node)> Targets(Lwm2mObject obj)
    {
        yield return (new Lwm2mPath(obj.Id), obj);
        foreach (var instance in obj.Instances)
        {
            yield return (new Lwm2mPath(obj.Id, instance.Id), instance);
            foreach (var resource in instance.Resources)
            {
                yield return (new Lwm2mPath(obj.Id, instance.Id, resource.Id), resource);
                if (resource is Lwm2mMultipleResource multiple)
                {
                    foreach (var resourceInstance in multiple.Instances)
                    {
                        yield return (new Lwm2mPath(obj.Id, instance.Id, resource.Id, resourceInstance.Id), resourceInstance);
                    }
                }
            }
        }
    }
}
