using Harness.Protocol.Lwm2m;
using Harness.Protocol.Lwm2m.Content;
using Harness.Protocol.Lwm2m.Model;
using Harness.Protocol.Lwm2m.Nodes;
using Harness.Protocol.Lwm2m.Values;

namespace Harness.Runtime.Peers.Client;

/// <summary>
/// The objects of an LwM2M client as a node tree, each object typed by one definition of an
/// <see cref="ObjectModelRegistry"/>. Server operations (Read, Write, Create, Delete, Execute, Discover,
/// Write-Attributes) apply the rules of OMA TS Core §6.3 and answer a <see cref="ClientOperationResult"/>;
/// the client's own code uses <see cref="Get"/>, <see cref="SetValue"/> and <see cref="PutInstance"/>.
/// Thread-safe: every operation runs under one lock; events are raised after it is released.
/// </summary>
public sealed partial class ClientObjectStore
{
    private readonly Lock gate = new();
    private readonly SortedDictionary<int, ObjectDefinition> definitions = [];
    private readonly SortedDictionary<int, Lwm2mObject> objects = [];

    public ClientObjectStore(ObjectModelRegistry model)
    {
        ArgumentNullException.ThrowIfNull(model);
        Model = model;
    }

    /// <summary>A change by a server or by the client itself, e.g. a Write of /1/0/1 Lifetime.</summary>
    public event EventHandler<ClientNodeChangedEventArgs>? NodeChanged;

    public ObjectModelRegistry Model { get; }

    /// <summary>Objects only the Bootstrap-Server may touch (OMA TS Core §E.1, §E.11): Security and OSCORE.</summary>
    public IReadOnlySet<int> ProtectedObjects { get; init; } = new HashSet<int> { 0, 21 };

    /// <summary>The definitions of the objects this client implements, by id.</summary>
    public IReadOnlyList<ObjectDefinition> Definitions
    {
        get
        {
            lock (gate)
            {
                return [.. definitions.Values];
            }
        }
    }

    /// <summary>Implements an object in the version <paramref name="version"/> of the model (the latest when null); no instances yet.</summary>
    public ObjectDefinition AddObject(int objectId, VersionNumber? version = null)
    {
        var definition = version is { } v ? Model.Get(objectId, v) : Model.GetLatest(objectId);
        lock (gate)
        {
            definitions[objectId] = definition;
            objects.TryAdd(objectId, new Lwm2mObject(objectId));
        }

        return definition;
    }

    /// <summary>The definition the store uses for an object, if it implements it.</summary>
    public ObjectDefinition? DefinitionOf(int objectId)
    {
        lock (gate)
        {
            return definitions.GetValueOrDefault(objectId);
        }
    }

    /// <summary>The node at any path as the client sees it (protected objects included), or null.</summary>
    public Lwm2mNode? Get(Lwm2mPath path)
    {
        lock (gate)
        {
            return path.IsRoot ? null : objects.GetValueOrDefault(path[0]) is { } obj && obj.TryFind(path, out var node) ? node : null;
        }
    }

    /// <summary>The value of a single resource or resource instance, or null.</summary>
    public Lwm2mValue? GetValue(Lwm2mPath path) => Get(path) switch
    {
        Lwm2mSingleResource single => single.Value,
        Lwm2mResourceInstance instance => instance.Value,
        _ => null,
    };

    /// <summary>Adds or replaces an object instance as the client (no access rules); raises <see cref="NodeChanged"/> for it.</summary>
    public void PutInstance(int objectId, Lwm2mObjectInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        lock (gate)
        {
            var definition = definitions.GetValueOrDefault(objectId) ?? throw new InvalidOperationException($"Object {objectId} is not implemented; call AddObject first");
            foreach (var resource in instance.Resources)
            {
                if (CheckResource(definition, resource, requireWritable: false) is { } problem)
                {
                    throw new ArgumentException($"/{objectId}/{instance.Id}: {problem.Diagnostic}", nameof(instance));
                }
            }

            objects[objectId] = objects[objectId].With(instance);
        }

        Raise([new(new Lwm2mPath(objectId, instance.Id), instance, ChangeOrigin.Client)]);
    }

    /// <summary>Sets a resource (or resource instance) value as the client; the instance must exist.</summary>
    public void SetValue(Lwm2mPath path, Lwm2mValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (path.IsResourceInstance)
        {
            var current = Get(path.Parent) as Lwm2mMultipleResource ?? new Lwm2mMultipleResource(path[2]);
            SetResource(path.Parent, current.With(new Lwm2mResourceInstance(path[3], value)));
            return;
        }

        SetResource(path, new Lwm2mSingleResource(path.ResourceId ?? throw new ArgumentException($"{path} names no resource", nameof(path)), value));
    }

    /// <summary>Sets a whole resource as the client; the instance must exist.</summary>
    public void SetResource(Lwm2mPath path, Lwm2mResource resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        if (!path.IsResource || path[2] != resource.Id)
        {
            throw new ArgumentException($"{path} is not the path of resource {resource.Id}", nameof(path));
        }

        ClientNodeChangedEventArgs? change;
        lock (gate)
        {
            var (definition, instance) = ExistingInstance(path) ?? throw new InvalidOperationException($"{path.Parent} does not exist");
            if (CheckResource(definition, resource, requireWritable: false) is { } problem)
            {
                throw new ArgumentException($"{path}: {problem.Diagnostic}", nameof(resource));
            }

            change = Replace(path, instance, resource, ChangeOrigin.Client);
        }

        Raise(change is null ? [] : [change]);
    }

    /// <summary>Removes an instance as the client (no access rules).</summary>
    public bool RemoveInstance(int objectId, int instanceId)
    {
        lock (gate)
        {
            if (!objects.TryGetValue(objectId, out var obj) || !obj.TryGetInstance(instanceId, out _))
            {
                return false;
            }

            objects[objectId] = obj.Without(instanceId);
            ForgetAttributesBelow(new Lwm2mPath(objectId, instanceId));
        }

        Raise([new(new Lwm2mPath(objectId, instanceId), null, ChangeOrigin.Client)]);
        return true;
    }

    /// <summary>
    /// Read (OMA TS Core §6.3.1) at an object, instance, resource or resource instance: readable resources
    /// only; 4.05 for a resource that is not readable, 4.01 for protected objects, 4.04 for what is not there.
    /// </summary>
    public ClientOperationResult Read(Lwm2mPath path)
    {
        lock (gate)
        {
            if (Reach(path) is { } refused)
            {
                return refused;
            }

            var definition = definitions[path[0]];
            if (path.Length >= 3 && definition.TryGetResource(path[2], out var resourceDefinition) && !resourceDefinition.IsReadable)
            {
                return ClientOperationResult.MethodNotAllowed($"{path}: resource {resourceDefinition.Name} is not readable");
            }

            if (!objects[path[0]].TryFind(path, out var node))
            {
                return ClientOperationResult.NotFound($"{path} does not exist");
            }

            return ClientOperationResult.Success with { Content = Lwm2mContent.Single(path, Readable(definition, node)) };
        }
    }

    /// <summary>The first refusal for a server operation on <paramref name="path"/>: root, unknown or protected object.</summary>
    private ClientOperationResult? Reach(Lwm2mPath path)
    {
        if (path.IsRoot)
        {
            return ClientOperationResult.MethodNotAllowed("the root is no target of this operation");
        }

        if (!definitions.ContainsKey(path[0]))
        {
            return ClientOperationResult.NotFound($"object {path[0]} is not implemented");
        }

        return ProtectedObjects.Contains(path[0]) ? ClientOperationResult.Unauthorized($"object {path[0]} is reserved to the Bootstrap-Server") : null;
    }

    private static Lwm2mNode Readable(ObjectDefinition definition, Lwm2mNode node) => node switch
    {
        Lwm2mObject obj => new Lwm2mObject(obj.Id, obj.Instances.Select(i => ReadableInstance(definition, i))),
        Lwm2mObjectInstance instance => ReadableInstance(definition, instance),
        _ => node,
    };

    private static Lwm2mObjectInstance ReadableInstance(ObjectDefinition definition, Lwm2mObjectInstance instance) =>
        new(instance.Id, instance.Resources.Where(r => !definition.TryGetResource(r.Id, out var d) || d.IsReadable));

    private (ObjectDefinition Definition, Lwm2mObjectInstance Instance)? ExistingInstance(Lwm2mPath path) =>
        definitions.TryGetValue(path[0], out var definition) && objects[path[0]].TryGetInstance(path[1], out var instance)
            ? (definition, instance)
            : null;

    /// <summary>Puts <paramref name="resource"/> into its instance; the change, or null when the value is the same.</summary>
    private ClientNodeChangedEventArgs? Replace(Lwm2mPath resourcePath, Lwm2mObjectInstance instance, Lwm2mResource? resource, ChangeOrigin origin)
    {
        instance.TryGetResource(resourcePath[2], out var before);
        if (Equals(before, resource))
        {
            return null;
        }

        var updated = resource is null ? instance.Without(resourcePath[2]) : instance.With(resource);
        objects[resourcePath[0]] = objects[resourcePath[0]].With(updated);
        return new ClientNodeChangedEventArgs(resourcePath, resource, origin);
    }

    private void Raise(IReadOnlyList<ClientNodeChangedEventArgs> changes)
    {
        foreach (var change in changes)
        {
            NodeChanged?.Invoke(this, change);
        }
    }
}
