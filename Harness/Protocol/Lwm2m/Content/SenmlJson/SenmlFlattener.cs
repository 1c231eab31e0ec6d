using Harness.Protocol.Lwm2m.Nodes;
using Harness.Protocol.Lwm2m.Values;

namespace Harness.Protocol.Lwm2m.Content.SenmlJson;

/// <summary>
/// Content to one (path, value) pair per record, in path order. SenML has no record for an empty container,
/// so only the node at the request path itself may be empty (its pack is "[]"); an empty node deeper down
/// could not be told apart from an absent one and is refused.
/// </summary>
internal static class SenmlFlattener
{
    public static List<(Lwm2mPath Path, Lwm2mValue Value)> Flatten(Lwm2mContent content, Lwm2mPath request)
    {
        ArgumentNullException.ThrowIfNull(content);
        var leaves = new List<(Lwm2mPath Path, Lwm2mValue Value)>();
        foreach (var entry in content.Entries)
        {
            if (!entry.Path.StartsWith(request))
            {
                throw new ArgumentException($"Entry {entry.Path} lies outside the request path {request}", nameof(content));
            }

            if (entry.Node.Level != entry.Path.Level)
            {
                throw new ArgumentException($"Entry {entry.Path} holds a {entry.Node.Level} node", nameof(content));
            }

            Add(leaves, entry.Path, entry.Node, topLevel: entry.Path == request);
        }

        leaves.Sort(static (a, b) => a.Path.CompareTo(b.Path));
        for (int i = 1; i < leaves.Count; i++)
        {
            if (leaves[i].Path == leaves[i - 1].Path)
            {
                throw new ArgumentException($"Path {leaves[i].Path} is given twice", nameof(content));
            }
        }

        return leaves;
    }

    private static void Add(List<(Lwm2mPath Path, Lwm2mValue Value)> leaves, Lwm2mPath path, Lwm2mNode node, bool topLevel)
    {
        switch (node)
        {
            case Lwm2mObject obj:
                RefuseEmpty(path, obj.Instances.IsEmpty, topLevel);
                foreach (var instance in obj.Instances)
                {
                    Add(leaves, path.Child(instance.Id), instance, topLevel: false);
                }

                break;
            case Lwm2mObjectInstance instance:
                RefuseEmpty(path, instance.Resources.IsEmpty, topLevel);
                foreach (var resource in instance.Resources)
                {
                    Add(leaves, path.Child(resource.Id), resource, topLevel: false);
                }

                break;
            case Lwm2mMultipleResource multiple:
                RefuseEmpty(path, multiple.Instances.IsEmpty, topLevel);
                foreach (var resourceInstance in multiple.Instances)
                {
                    leaves.Add((path.Child(resourceInstance.Id), resourceInstance.Value));
                }

                break;
            case Lwm2mSingleResource single:
                leaves.Add((path, single.Value));
                break;
            case Lwm2mResourceInstance resourceInstance:
                leaves.Add((path, resourceInstance.Value));
                break;
            default:
                throw new ArgumentException($"Unknown node type {node.GetType().Name} at {path}", nameof(node));
        }
    }

    private static void RefuseEmpty(Lwm2mPath path, bool empty, bool topLevel)
    {
        if (empty && !topLevel)
        {
            throw new ArgumentException($"{path} is empty below the request path; SenML has no record for an empty node", nameof(path));
        }
    }
}
