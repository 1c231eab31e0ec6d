using System.Globalization;
using Harness.Protocol.Lwm2m;
using Harness.Protocol.Lwm2m.Content;
using Harness.Protocol.Lwm2m.Nodes;
using Harness.Protocol.Lwm2m.Values;

namespace Harness.Tests.Protocol.Lwm2m.Content.SenmlJson;

/// <summary>
/// Builds the content a vector's value list means, independently of the codecs: at the root one entry per
/// value, below it one node at the request path; a value at a resource instance makes its resource multiple.
/// </summary>
internal static class ExpectedContent
{
    public static Lwm2mContent Build(Lwm2mPath request, IEnumerable<IReadOnlyList<string>> values)
    {
        var leaves = values.Select(v => (Path: Lwm2mPath.Parse(v[0]), Value: Value(v[1], v[2]))).ToList();
        if (request.IsRoot)
        {
            return new Lwm2mContent(leaves.Select(l => new Lwm2mContentEntry(
                l.Path,
                l.Path.IsResourceInstance ? new Lwm2mResourceInstance(l.Path[3], l.Value) : new Lwm2mSingleResource(l.Path[2], l.Value))));
        }

        return Lwm2mContent.Single(request, Node(request, leaves));
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
        "Objlnk" => ObjectLink.TryParse(text, out var link) ? Lwm2mValue.Objlnk(link) : throw new FormatException(text),
        "Corelnk" => Lwm2mValue.Corelnk(text),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown type in a vector"),
    };

    private static Lwm2mNode Node(Lwm2mPath path, List<(Lwm2mPath Path, Lwm2mValue Value)> leaves) => path.Length switch
    {
        1 => new Lwm2mObject(path[0], leaves.GroupBy(l => l.Path[1]).Select(g => (Lwm2mObjectInstance)Node(path.Child(g.Key), [.. g]))),
        2 => new Lwm2mObjectInstance(path[1], leaves.GroupBy(l => l.Path[2]).Select(g => (Lwm2mResource)Node(path.Child(g.Key), [.. g]))),
        3 when leaves.Count == 1 && leaves[0].Path == path => new Lwm2mSingleResource(path[2], leaves[0].Value),
        3 => new Lwm2mMultipleResource(path[2], leaves.Select(l => new Lwm2mResourceInstance(l.Path[3], l.Value))),
        _ => new Lwm2mResourceInstance(path[3], leaves.Single().Value),
    };
}
