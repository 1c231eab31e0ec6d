using Harness.Protocol.Lwm2m.Nodes;

namespace Harness.Protocol.Lwm2m.Content.SenmlJson;

/// <summary>
/// Meaning tier, second half: builds the node the request path names from leaves in path order (one per
/// path, all inside the request path, shapes already checked). At the root every leaf is its own entry.
/// </summary>
internal static class SenmlTreeBuilder
{
    /// <summary>The content, or null when the request names a single value and the pack holds none.</summary>
    public static Lwm2mContent? Build(List<SenmlLeaf> leaves, Lwm2mPath request, SenmlModelLookup model, SenmlDialect dialect, SenmlErrorSink sink)
    {
        switch (request.Length)
        {
            case 0:
                return new Lwm2mContent(leaves.Select(Entry));
            case 1:
                return Lwm2mContent.Single(request, new Lwm2mObject(request[0], Instances(leaves)));
            case 2:
                return Lwm2mContent.Single(request, new Lwm2mObjectInstance(request[1], Resources(leaves, 0, leaves.Count)));
            case 3 when leaves.Count > 0:
                return Lwm2mContent.Single(request, Resource(leaves, 0, leaves.Count));
            case 3 when model.IsMultiple(request):
                return Lwm2mContent.Single(request, new Lwm2mMultipleResource(request[2]));
            case 4 when leaves.Count > 0:
                return Lwm2mContent.Single(request, new Lwm2mResourceInstance(request[3], leaves[0].Value!));
            default:
                sink.Must(dialect.Id(SenmlMeaningRule.ContentEmpty), $"The payload holds no value for {request}", 0, dialect.Clause);
                return null;
        }
    }

    private static Lwm2mContentEntry Entry(SenmlLeaf leaf) => leaf.Path.IsResourceInstance
        ? new(leaf.Path, new Lwm2mResourceInstance(leaf.Path[3], leaf.Value!))
        : new(leaf.Path, new Lwm2mSingleResource(leaf.Path[2], leaf.Value!));

    private static List<Lwm2mObjectInstance> Instances(List<SenmlLeaf> leaves)
    {
        var instances = new List<Lwm2mObjectInstance>();
        int start = 0;
        while (start < leaves.Count)
        {
            int end = End(leaves, start, 1);
            instances.Add(new Lwm2mObjectInstance(leaves[start].Path[1], Resources(leaves, start, end)));
            start = end;
        }

        return instances;
    }

    private static List<Lwm2mResource> Resources(List<SenmlLeaf> leaves, int from, int to)
    {
        var resources = new List<Lwm2mResource>(to - from);
        int start = from;
        while (start < to)
        {
            int end = Math.Min(End(leaves, start, 2), to);
            resources.Add(Resource(leaves, start, end));
            start = end;
        }

        return resources;
    }

    /// <summary>Leaves [from, to) all lie in one resource: one leaf at the resource, or its instances.</summary>
    private static Lwm2mResource Resource(List<SenmlLeaf> leaves, int from, int to)
    {
        var first = leaves[from].Path;
        if (!first.IsResourceInstance)
        {
            return new Lwm2mSingleResource(first[2], leaves[from].Value!);
        }

        var instances = new Lwm2mResourceInstance[to - from];
        for (int i = from; i < to; i++)
        {
            instances[i - from] = new Lwm2mResourceInstance(leaves[i].Path[3], leaves[i].Value!);
        }

        return new Lwm2mMultipleResource(first[2], instances);
    }

    /// <summary>The first leaf after <paramref name="start"/> whose id at <paramref name="depth"/> (or above) differs.</summary>
    private static int End(List<SenmlLeaf> leaves, int start, int depth)
    {
        var prefix = leaves[start].Path.Truncate(depth + 1);
        int end = start + 1;
        while (end < leaves.Count && leaves[end].Path.StartsWith(prefix))
        {
            end++;
        }

        return end;
    }
}
