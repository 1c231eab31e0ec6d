using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Harness.Protocol.Lwm2m.Nodes;

/// <summary>An object and its instances, in id order.</summary>
public sealed class Lwm2mObject : Lwm2mNode
{
    public Lwm2mObject(int id, params IEnumerable<Lwm2mObjectInstance> instances)
        : base(id) => Instances = NodeList.Create(instances, nameof(instances));

    public ImmutableArray<Lwm2mObjectInstance> Instances { get; }

    public override Lwm2mPathLevel Level => Lwm2mPathLevel.Object;

    public bool TryGetInstance(int id, [NotNullWhen(true)] out Lwm2mObjectInstance? instance)
    {
        instance = NodeList.Find(Instances, id);
        return instance is not null;
    }

    public Lwm2mObjectInstance Instance(int id) => NodeList.Get(Instances, id, $"Object {Id}");

    /// <summary>A copy with <paramref name="instance"/> added or replacing the instance of the same id.</summary>
    public Lwm2mObject With(Lwm2mObjectInstance instance) => new(Id, NodeList.With(Instances, instance));

    public Lwm2mObject Without(int instanceId) => new(Id, NodeList.Without(Instances, instanceId));

    /// <summary>
    /// The node that <paramref name="path"/> names inside this object: the object itself, an instance, a
    /// resource or a resource instance. False when the path is the root, names another object, or leads
    /// to nothing here (including a resource instance under a single-instance resource).
    /// </summary>
    public bool TryFind(Lwm2mPath path, [NotNullWhen(true)] out Lwm2mNode? node)
    {
        node = null;
        if (path.ObjectId != Id)
        {
            return false;
        }

        if (path.IsObject)
        {
            node = this;
            return true;
        }

        if (!TryGetInstance(path[1], out var instance))
        {
            return false;
        }

        if (path.IsObjectInstance)
        {
            node = instance;
            return true;
        }

        if (!instance.TryGetResource(path[2], out var resource))
        {
            return false;
        }

        if (path.IsResource)
        {
            node = resource;
            return true;
        }

        node = resource is Lwm2mMultipleResource multiple ? NodeList.Find(multiple.Instances, path[3]) : null;
        return node is not null;
    }

    public override bool Equals(Lwm2mNode? other) =>
        other is Lwm2mObject obj && obj.Id == Id && NodeList.AreEqual(obj.Instances, Instances);

    public override int GetHashCode() => NodeList.Hash(Id, Instances);

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"Object {Id} {NodeList.Braced(Instances, i => i.ToString())}");
}
