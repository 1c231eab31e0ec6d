using Harness.Protocol.Lwm2m.Nodes;

namespace Harness.Protocol.Lwm2m.Content.Tlv;

/// <summary>
/// What a TLV payload for a request path holds: one node at that path. Content may give that node, or
/// its children (instances of /O, resources of /O/I, resource instances of /O/I/R), which are gathered
/// into it. Anything else is a caller's mistake, not a wire fault.
/// </summary>
internal static class TlvEncodeTarget
{
    public static Lwm2mNode Resolve(Lwm2mContent content, Lwm2mPath path)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (path.IsRoot)
        {
            throw new ArgumentException("TLV carries no object ids: encode for an object, instance, resource or resource instance path", nameof(path));
        }

        var entries = content.Entries;
        if (entries.Length == 1 && entries[0].Path == path)
        {
            return Checked(entries[0].Node, path);
        }

        if (!entries.All(e => path.IsParentOf(e.Path)))
        {
            throw new ArgumentException($"TLV for {path} carries the node at {path} or its children; got {content}", nameof(content));
        }

        var children = entries.Select(e => Checked(e.Node, e.Path)).ToList();
        int id = path[path.Length - 1];
        return path.Level switch
        {
            Lwm2mPathLevel.Object => new Lwm2mObject(id, children.Cast<Lwm2mObjectInstance>()),
            Lwm2mPathLevel.ObjectInstance => new Lwm2mObjectInstance(id, children.Cast<Lwm2mResource>()),
            Lwm2mPathLevel.Resource => new Lwm2mMultipleResource(id, children.Cast<Lwm2mResourceInstance>()),
            _ => throw new ArgumentException($"Nothing lies below the resource instance {path}", nameof(content)),
        };
    }

    private static Lwm2mNode Checked(Lwm2mNode node, Lwm2mPath path)
    {
        ArgumentNullException.ThrowIfNull(node);
        bool fits = node.Level == path.Level && node.Id == path[path.Length - 1]
            && (path.Level != Lwm2mPathLevel.Resource || node is Lwm2mResource);
        return fits ? node : throw new ArgumentException($"{node} does not stand at {path}", nameof(node));
    }
}
