using Harness.Protocol.Lwm2m.Nodes;
using Harness.Protocol.Lwm2m.Values;

namespace Harness.Protocol.Lwm2m.Content.Cbor;

/// <summary>The encoders' first step: content flattened to (path, value) pairs in path order.</summary>
internal static class ContentLeaves
{
    /// <summary>Throws when an entry lies outside <paramref name="request"/>: the harness asked for something the format cannot say.</summary>
    public static List<(Lwm2mPath Path, Lwm2mValue Value)> Flatten(Lwm2mContent content, Lwm2mPath request)
    {
        ArgumentNullException.ThrowIfNull(content);
        var leaves = new List<(Lwm2mPath, Lwm2mValue)>();
        foreach (var entry in content.Entries)
        {
            if (!entry.Path.StartsWith(request))
            {
                throw new ArgumentException($"Entry {entry.Path} lies outside the request path {request}", nameof(content));
            }

            if (entry.Path.Level != entry.Node.Level)
            {
                throw new ArgumentException($"Entry {entry.Path} holds a node of level {entry.Node.Level}", nameof(content));
            }

            Add(leaves, entry.Path, entry.Node);
        }

        return leaves;
    }

    private static void Add(List<(Lwm2mPath, Lwm2mValue)> leaves, Lwm2mPath path, Lwm2mNode node)
    {
        switch (node)
        {
            case Lwm2mObject obj:
                foreach (var instance in obj.Instances)
                {
                    Add(leaves, path.Child(instance.Id), instance);
                }

                break;
            case Lwm2mObjectInstance instance:
                foreach (var resource in instance.Resources)
                {
                    Add(leaves, path.Child(resource.Id), resource);
                }

                break;
            case Lwm2mMultipleResource multiple:
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
        }
    }
}
