using Harness.Protocol.Lwm2m;
using Harness.Protocol.Lwm2m.Content;
using Harness.Protocol.Lwm2m.Messages;
using Harness.Protocol.Lwm2m.Model;
using Harness.Protocol.Lwm2m.Nodes;

namespace Harness.Runtime.Peers.Client;

/// <summary>Write (OMA TS Core §6.3.3): replace and partial update at instance, resource and resource-instance level.</summary>
public sealed partial class ClientObjectStore
{
    /// <summary>
    /// Writes decoded content to <paramref name="path"/>. Replace of an instance sets the writable resources
    /// given and removes the optional writable ones not given; partial update merges the resources given.
    /// Replace of a resource sets it whole; partial update of a multiple resource merges its instances.
    /// Every resource must be defined (4.04), writable (4.05) and of the defined type and multiplicity (4.00);
    /// nothing changes unless all of it applies.
    /// </summary>
    public ClientOperationResult Write(Lwm2mPath path, WriteMode mode, Lwm2mContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var changes = new List<ClientNodeChangedEventArgs>();
        ClientOperationResult result;
        lock (gate)
        {
            result = ApplyWrite(path, mode, content, changes);
        }

        Raise(changes);
        return result;
    }

    /// <summary>Write-Composite (§6.3.7): every resource or resource instance given, each written as a replace, all or nothing.</summary>
    public ClientOperationResult WriteComposite(Lwm2mContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var changes = new List<ClientNodeChangedEventArgs>();
        lock (gate)
        {
            foreach (var entry in content.Entries)
            {
                if (CheckCompositeEntry(entry) is { } refused)
                {
                    return refused;
                }
            }

            foreach (var entry in content.Entries)
            {
                var result = ApplyWrite(entry.Path, WriteMode.Replace, Lwm2mContent.Single(entry.Path, entry.Node), changes);
                if (!result.IsSuccess)
                {
                    // Unreachable after the checks above; kept so a gap in them cannot go unnoticed.
                    return result;
                }
            }
        }

        Raise(changes);
        return ClientOperationResult.Success;
    }

    private ClientOperationResult? CheckCompositeEntry(Lwm2mContentEntry entry)
    {
        if (entry.Path.Length < 3)
        {
            return ClientOperationResult.BadRequest($"Write-Composite writes resources and resource instances, not {entry.Path}");
        }

        if (Reach(entry.Path) is { } refused)
        {
            return refused;
        }

        if (ExistingInstance(entry.Path) is null)
        {
            return ClientOperationResult.NotFound($"{entry.Path.Truncate(2)} does not exist");
        }

        var resource = entry.Node as Lwm2mResource ?? new Lwm2mMultipleResource(entry.Path[2], (Lwm2mResourceInstance)entry.Node);
        return CheckResource(definitions[entry.Path[0]], resource, requireWritable: true);
    }

    private ClientOperationResult ApplyWrite(Lwm2mPath path, WriteMode mode, Lwm2mContent content, List<ClientNodeChangedEventArgs> changes)
    {
        if (Reach(path) is { } refused)
        {
            return refused;
        }

        if (path.IsObject)
        {
            return ClientOperationResult.MethodNotAllowed("Write targets an object instance, a resource or a resource instance, not an object");
        }

        if (ExistingInstance(path) is not var (definition, instance))
        {
            return ClientOperationResult.NotFound($"{path.Truncate(2)} does not exist");
        }

        if (Gather(path, content) is not { } given)
        {
            return ClientOperationResult.BadRequest($"the payload holds nodes outside {path} or no resources at all");
        }

        foreach (var resource in given.Values)
        {
            if (CheckResource(definition, resource, requireWritable: true) is { } problem)
            {
                return problem;
            }
        }

        var target = path.Length switch
        {
            2 => WriteInstance(definition, instance, given, mode),
            3 => WriteResource(instance, path[2], given, mode),
            _ => WriteResourceInstance(instance, path, given),
        };
        if (target.Problem is { } failure)
        {
            return failure;
        }

        var instancePath = path.Truncate(2);
        foreach (var id in instance.Resources.Select(r => r.Id).Union(target.Resources.Select(r => r.Id)).Order().ToList())
        {
            var now = target.Resources.FirstOrDefault(r => r.Id == id);
            if (Replace(instancePath.Child(id), CurrentInstance(instancePath), now, ChangeOrigin.Server) is { } change)
            {
                changes.Add(change);
            }
        }

        return ClientOperationResult.Success;
    }

    private Lwm2mObjectInstance CurrentInstance(Lwm2mPath instancePath) => objects[instancePath[0]].Instance(instancePath[1]);

    private static (IReadOnlyList<Lwm2mResource> Resources, ClientOperationResult? Problem) WriteInstance(
        ObjectDefinition definition, Lwm2mObjectInstance instance, SortedDictionary<int, Lwm2mResource> given, WriteMode mode)
    {
        var result = new SortedDictionary<int, Lwm2mResource>();
        foreach (var resource in instance.Resources)
        {
            bool writable = definition.TryGetResource(resource.Id, out var d) && d.IsWritable;
            if (mode == WriteMode.PartialUpdate || !writable || d!.IsMandatory)
            {
                result[resource.Id] = resource;
            }
        }

        foreach (var (id, resource) in given)
        {
            result[id] = resource;
        }

        return ([.. result.Values], null);
    }

    private static (IReadOnlyList<Lwm2mResource> Resources, ClientOperationResult? Problem) WriteResource(
        Lwm2mObjectInstance instance, int resourceId, SortedDictionary<int, Lwm2mResource> given, WriteMode mode)
    {
        if (given.Count != 1 || !given.TryGetValue(resourceId, out var resource))
        {
            return ([], ClientOperationResult.BadRequest($"a Write of resource {resourceId} carries that resource only"));
        }

        if (mode == WriteMode.PartialUpdate && resource is Lwm2mMultipleResource added
            && instance.TryGetResource(resourceId, out var existing) && existing is Lwm2mMultipleResource merged)
        {
            resource = added.Instances.Aggregate(merged, (m, i) => m.With(i));
        }

        return ([.. instance.Resources.Where(r => r.Id != resourceId).Append(resource)], null);
    }

    private static (IReadOnlyList<Lwm2mResource> Resources, ClientOperationResult? Problem) WriteResourceInstance(
        Lwm2mObjectInstance instance, Lwm2mPath path, SortedDictionary<int, Lwm2mResource> given)
    {
        if (given.Count != 1 || given.Values.Single() is not Lwm2mMultipleResource { Instances: [var written] } || written.Id != path[3])
        {
            return ([], ClientOperationResult.BadRequest($"a Write of {path} carries that resource instance only"));
        }

        var current = instance.TryGetResource(path[2], out var existing) && existing is Lwm2mMultipleResource multiple ? multiple : new Lwm2mMultipleResource(path[2]);
        return ([.. instance.Resources.Where(r => r.Id != path[2]).Append(current.With(written))], null);
    }

    /// <summary>The resources a payload carries for the instance of <paramref name="target"/>; null when it strays outside the target.</summary>
    private static SortedDictionary<int, Lwm2mResource>? Gather(Lwm2mPath target, Lwm2mContent content)
    {
        var resources = new SortedDictionary<int, Lwm2mResource>();
        foreach (var entry in content.Entries)
        {
            if (!entry.Path.StartsWith(target))
            {
                return null;
            }

            switch (entry.Node)
            {
                case Lwm2mObjectInstance instance:
                    foreach (var resource in instance.Resources)
                    {
                        resources[resource.Id] = resource;
                    }

                    break;
                case Lwm2mResource resource:
                    resources[resource.Id] = resource;
                    break;
                case Lwm2mResourceInstance resourceInstance:
                    var id = entry.Path[2];
                    var multiple = resources.GetValueOrDefault(id) as Lwm2mMultipleResource ?? new Lwm2mMultipleResource(id);
                    resources[id] = multiple.With(resourceInstance);
                    break;
                default:
                    return null;
            }
        }

        return resources.Count == 0 && !target.IsObjectInstance ? null : resources;
    }

    /// <summary>Whether a resource fits its definition: defined (4.04), writable when asked (4.05), of its type and multiplicity (4.00).</summary>
    private static ClientOperationResult? CheckResource(ObjectDefinition definition, Lwm2mResource resource, bool requireWritable)
    {
        if (!definition.TryGetResource(resource.Id, out var d))
        {
            return ClientOperationResult.NotFound($"object {definition.Id} defines no resource {resource.Id}");
        }

        if (d.IsExecutable || (requireWritable && !d.IsWritable))
        {
            return ClientOperationResult.MethodNotAllowed($"resource {resource.Id} {d.Name} is not writable");
        }

        if (d.IsMultiple != resource.IsMultiple)
        {
            return ClientOperationResult.BadRequest($"resource {resource.Id} {d.Name} is {(d.IsMultiple ? "multiple" : "single")}-instance");
        }

        return resource.DataType is { } type && type != d.DataType
            ? ClientOperationResult.BadRequest($"resource {resource.Id} {d.Name} is {d.DataType}, not {type}")
            : null;
    }
}
