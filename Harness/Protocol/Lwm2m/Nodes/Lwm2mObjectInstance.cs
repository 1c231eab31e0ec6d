using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Harness.Protocol.Lwm2m.Nodes;

/// <summary>An object instance and its resources, in id order.</summary>
public sealed class Lwm2mObjectInstance : Lwm2mNode
{
    public Lwm2mObjectInstance(int id, params IEnumerable<Lwm2mResource> resources)
        : base(id) => Resources = NodeList.Create(resources, nameof(resources));

    private Lwm2mObjectInstance(int id, ImmutableArray<Lwm2mResource> resources)
        : base(id) => Resources = resources;

    public ImmutableArray<Lwm2mResource> Resources { get; }

    public override Lwm2mPathLevel Level => Lwm2mPathLevel.ObjectInstance;

    /// <summary>An instance owning <paramref name="resources"/>, which must be sorted by id with no id twice (see <see cref="NodeList.Adopt"/>).</summary>
    internal static Lwm2mObjectInstance FromSorted(int id, Lwm2mResource[] resources) => new(id, NodeList.Adopt(resources));

    public bool TryGetResource(int id, [NotNullWhen(true)] out Lwm2mResource? resource)
    {
        resource = NodeList.Find(Resources, id);
        return resource is not null;
    }

    public Lwm2mResource Resource(int id) => NodeList.Get(Resources, id, $"Instance {Id}");

    /// <summary>A copy with <paramref name="resource"/> added or replacing the resource of the same id.</summary>
    public Lwm2mObjectInstance With(Lwm2mResource resource) => new(Id, NodeList.With(Resources, resource));

    public Lwm2mObjectInstance Without(int resourceId) => new(Id, NodeList.Without(Resources, resourceId));

    public override bool Equals(Lwm2mNode? other) =>
        other is Lwm2mObjectInstance instance && instance.Id == Id && NodeList.AreEqual(instance.Resources, Resources);

    public override int GetHashCode() => NodeList.Hash(Id, Resources);

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"Instance {Id} {NodeList.Braced(Resources, r => r.ToString())}");
}
