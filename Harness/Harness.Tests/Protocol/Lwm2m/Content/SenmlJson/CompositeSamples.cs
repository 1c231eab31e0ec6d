using CsCheck;
using Harness.Protocol.Lwm2m;
using Harness.Protocol.Lwm2m.Content;
using Harness.Protocol.Lwm2m.Nodes;
using Harness.Protocol.Lwm2m.Values;

namespace Harness.Tests.Protocol.Lwm2m.Content.SenmlJson;

/// <summary>
/// Views of generated trees the JSON codecs' properties need: every node below an object with its path,
/// composite content in the form decoding at the root gives (one entry per single resource or resource
/// instance), and path lists.
/// </summary>
internal static class CompositeSamples
{
    /// <summary>Each instance, resource and resource instance of <paramref name="obj"/> with its path.</summary>
    public static IEnumerable<(Lwm2mPath Path, Lwm2mNode Node)> Descendants(Lwm2mObject obj)
    {
        foreach (var instance in obj.Instances)
        {
            var instancePath = new Lwm2mPath(obj.Id, instance.Id);
            yield return (instancePath, instance);
            foreach (var resource in instance.Resources)
            {
                var resourcePath = instancePath.Child(resource.Id);
                yield return (resourcePath, resource);
                if (resource is Lwm2mMultipleResource multiple)
                {
                    foreach (var resourceInstance in multiple.Instances)
                    {
                        yield return (resourcePath.Child(resourceInstance.Id), resourceInstance);
                    }
                }
            }
        }
    }

    /// <summary>The leaves of <paramref name="obj"/> as root-level entries.</summary>
    public static IEnumerable<Lwm2mContentEntry> LeafEntries(Lwm2mObject obj) =>
        Descendants(obj).Where(d => d.Node is Lwm2mSingleResource or Lwm2mResourceInstance).Select(d => new Lwm2mContentEntry(d.Path, d.Node));

    /// <summary>Composite content over one to three distinct objects.</summary>
    public static Gen<Lwm2mContent> Composite { get; } =
        GeneratedContent.Object().Array[1, 3]
            .Select(objects => objects.DistinctBy(o => o.Id))
            .Select(objects => new Lwm2mContent(objects.SelectMany(LeafEntries)));

    /// <summary>Distinct paths of any depth from 1 to 4.</summary>
    public static Gen<Lwm2mPath[]> Paths { get; } =
        Gen.Int[1, 4].SelectMany(depth => Gen.Int[0, Lwm2mId.Max].Array[depth]).Select(ids => Lwm2mPath.FromIds(ids))
            .Array[1, 8].Select(paths => paths.Distinct().ToArray());

    /// <summary>Strings of any Unicode text (pairs kept whole), to exercise JSON escaping.</summary>
    public static Gen<string> AnyText { get; } =
        Gen.OneOf(Gen.Char[(char)0, (char)0xD7FF].Select(c => c.ToString()), Gen.Const("\U0001F600"), Gen.Const("\""), Gen.Const("\\"))
            .Array[0, 20].Select(parts => string.Concat(parts));

    public static Lwm2mContent WithManufacturer(string text) =>
        Lwm2mContent.Single(new Lwm2mPath(3, 0, 0), new Lwm2mSingleResource(0, Lwm2mValue.String(text)));
}
