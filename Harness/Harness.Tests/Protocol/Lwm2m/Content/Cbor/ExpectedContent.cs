using System.Globalization;
using Harness.Protocol.Lwm2m;
using Harness.Protocol.Lwm2m.Content;
using Harness.Protocol.Lwm2m.Nodes;
using Harness.Protocol.Lwm2m.Values;

namespace Harness.Tests.Protocol.Lwm2m.Content.Cbor;

/// <summary>
/// Builds the content a vector's leaves describe, written out plainly so the codecs' own tree building is
/// not trusted to check itself: one entry at the request path, or one per resource at the root.
/// </summary>
internal static class ExpectedContent
{
    public static Lwm2mContent From(Lwm2mPath request, IReadOnlyList<IReadOnlyList<string>> leaves)
    {
        var resources = leaves
            .Select(l => (Path: Lwm2mPath.Parse(l[0]), Value: Value(l[1], l[2])))
            .GroupBy(l => l.Path.Truncate(3))
            .OrderBy(g => g.Key)
            .Select(g => (Path: g.Key, Resource: g.First().Path.IsResourceInstance
                ? (Lwm2mResource)new Lwm2mMultipleResource(g.Key[2], g.Select(l => new Lwm2mResourceInstance(l.Path[3], l.Value)))
                : new Lwm2mSingleResource(g.Key[2], g.Single().Value)))
            .ToList();
        return request.Level switch
        {
            Lwm2mPathLevel.Root => new Lwm2mContent(resources.Select(r => new Lwm2mContentEntry(r.Path, r.Resource))),
            Lwm2mPathLevel.Object => Lwm2mContent.Single(request, new Lwm2mObject(request[0],
                resources.GroupBy(r => r.Path[1]).Select(g => new Lwm2mObjectInstance(g.Key, g.Select(r => r.Resource))))),
            Lwm2mPathLevel.ObjectInstance => Lwm2mContent.Single(request, new Lwm2mObjectInstance(request[1], resources.Select(r => r.Resource))),
            Lwm2mPathLevel.Resource => Lwm2mContent.Single(request, resources.Single().Resource),
            _ => Lwm2mContent.Single(request, ((Lwm2mMultipleResource)resources.Single().Resource).Instance(request[3])),
        };
    }

    public static Lwm2mValue Value(string type, string text) => type switch
    {
        "String" => Lwm2mValue.String(text),
        "Integer" => Lwm2mValue.Integer(long.Parse(text, CultureInfo.InvariantCulture)),
        "UnsignedInteger" => Lwm2mValue.UnsignedInteger(ulong.Parse(text, CultureInfo.InvariantCulture)),
        "Float" => Lwm2mValue.Float(double.Parse(text, CultureInfo.InvariantCulture)),
        "Boolean" => Lwm2mValue.Boolean(bool.Parse(text)),
        "Opaque" => Lwm2mValue.Opaque(Convert.FromHexString(text)),
        "Time" => Lwm2mValue.Time(long.Parse(text, CultureInfo.InvariantCulture)),
        "Objlnk" => Lwm2mValue.Objlnk(ObjectLink.TryParse(text, out var link) ? link : throw new FormatException(text)),
        "Corelnk" => Lwm2mValue.Corelnk(text),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown type in a vector"),
    };
}
