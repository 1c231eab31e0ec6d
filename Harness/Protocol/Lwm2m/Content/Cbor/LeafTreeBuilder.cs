using System.Runtime.InteropServices;
using Harness.Protocol.Lwm2m.Nodes;

namespace Harness.Protocol.Lwm2m.Content.Cbor;

/// <summary>
/// The meaning tier shared by the CBOR formats: (path, wire value) leaves become nodes typed by the object
/// model. A non-root request path yields one entry at that path (a Read); the root yields one entry per
/// resource (a composite payload cannot say which levels were asked for, so resources are the unit).
/// </summary>
internal static class LeafTreeBuilder
{
    public static Lwm2mContent Build(List<WireLeaf> leaves, Lwm2mCodecContext context, string clause, bool objlnkAsText, DecodeErrors errors)
    {
        var request = context.RequestPath;
        // Leaves are read by reference: each is a large struct, and a decode visits every one several times.
        var sorted = CollectionsMarshal.AsSpan(leaves.Count > 1 ? SortStable(leaves) : leaves);
        var resources = ScratchList<(Lwm2mPath Path, Lwm2mResource Resource)>.Rent();
        var start = 0;
        var lookup = new ObjectLookup(context);
        while (start < sorted.Length)
        {
            ref readonly var leaf = ref sorted[start];
            if (leaf.Path.Length < 3)
            {
                errors.Add(ContentRuleIds.PathNotResource, $"{leaf.Path} names no resource; values belong to resources or resource instances", leaf.Offset, clause);
                start++;
                continue;
            }

            var resourcePath = leaf.Path.Truncate(3);
            var end = start + 1;
            while (end < sorted.Length && sorted[end].Path.Length >= 3 && sorted[end].Path.Truncate(3) == resourcePath)
            {
                end++;
            }

            if (!resourcePath.StartsWith(request) && !request.StartsWith(resourcePath))
            {
                errors.Add(ContentRuleIds.PathOutsideRequest, $"{leaf.Path} lies outside the request path {request}", leaf.Offset, clause);
            }
            else if (ResourceBuilder.Build(sorted, start, end, request, lookup, clause, objlnkAsText, errors) is { } resource)
            {
                resources.Add((resourcePath, resource));
            }

            start = end;
        }

        var content = Entries(request, resources, context);
        ScratchList<(Lwm2mPath, Lwm2mResource)>.Return(resources);
        return content;
    }

    private static List<WireLeaf> SortStable(List<WireLeaf> leaves)
    {
        var span = CollectionsMarshal.AsSpan(leaves);
        for (var i = 1; i < span.Length; i++)
        {
            if (span[i].Path < span[i - 1].Path)
            {
                var keyed = leaves.Select((leaf, index) => (leaf, index)).ToList();
                keyed.Sort(static (a, b) => a.leaf.Path != b.leaf.Path ? a.leaf.Path.CompareTo(b.leaf.Path) : a.index.CompareTo(b.index));
                return keyed.ConvertAll(k => k.leaf);
            }
        }

        return leaves;
    }

    private static Lwm2mContent Entries(Lwm2mPath request, List<(Lwm2mPath Path, Lwm2mResource Resource)> resources, Lwm2mCodecContext context)
    {
        switch (request.Level)
        {
            case Lwm2mPathLevel.Root:
                var entries = new Lwm2mContentEntry[resources.Count];
                for (var i = 0; i < entries.Length; i++)
                {
                    entries[i] = new Lwm2mContentEntry(resources[i].Path, resources[i].Resource);
                }

                return new Lwm2mContent(entries);
            case Lwm2mPathLevel.Object:
                var instances = resources.GroupBy(r => r.Path[1]).Select(g => new Lwm2mObjectInstance(g.Key, g.Select(r => r.Resource)));
                return Lwm2mContent.Single(request, new Lwm2mObject(request[0], instances));
            case Lwm2mPathLevel.ObjectInstance:
                var nodes = new Lwm2mResource[resources.Count];
                for (var i = 0; i < nodes.Length; i++)
                {
                    nodes[i] = resources[i].Resource;
                }

                // Resources come from sorted leaves grouped by resource path: in id order, each once.
                return Lwm2mContent.Single(request, Lwm2mObjectInstance.FromSorted(request[1], nodes));
            case Lwm2mPathLevel.Resource:
                if (resources.Count == 1)
                {
                    return Lwm2mContent.Single(request, resources[0].Resource);
                }

                return IsMultiple(request, context)
                    ? Lwm2mContent.Single(request, new Lwm2mMultipleResource(request[2]))
                    : Lwm2mContent.Empty;
            default:
                return resources.Count == 1 && resources[0].Resource is Lwm2mMultipleResource multiple
                    && multiple.TryGetInstance(request[3], out var instance)
                    ? Lwm2mContent.Single(request, instance)
                    : Lwm2mContent.Empty;
        }
    }

    private static bool IsMultiple(Lwm2mPath resource, Lwm2mCodecContext context) =>
        new ObjectLookup(context).Resource(resource, out _)?.IsMultiple == true;
}
