using System.Collections.Immutable;
using System.Globalization;
using Harness.Protocol.Lwm2m.Values;

namespace Harness.Protocol.Lwm2m.Nodes;

/// <summary>
/// A multiple-instance resource: zero or more resource instances, in id order, all of one data type.
/// </summary>
public sealed class Lwm2mMultipleResource : Lwm2mResource
{
    public Lwm2mMultipleResource(int id, params IEnumerable<Lwm2mResourceInstance> instances)
        : base(id)
    {
        Instances = NodeList.Create(instances, nameof(instances));
        if (HasMixedTypes(Instances))
        {
            var types = string.Join(", ", Instances.Select(i => $"{i.Id}: {i.Value.DataType}"));
            throw new ArgumentException($"Resource {id} mixes data types ({types})", nameof(instances));
        }
    }

    private Lwm2mMultipleResource(int id, ImmutableArray<Lwm2mResourceInstance> instances)
        : base(id) => Instances = instances;

    /// <summary>Instances in id order.</summary>
    public ImmutableArray<Lwm2mResourceInstance> Instances { get; }

    public override bool IsMultiple => true;

    public override Lwm2mDataType? DataType => Instances.IsEmpty ? null : Instances[0].Value.DataType;

    /// <summary>Numbers <paramref name="values"/> 0, 1, 2, … in the order given.</summary>
    public static Lwm2mMultipleResource FromValues(int id, params IEnumerable<Lwm2mValue> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return new Lwm2mMultipleResource(id, values.Select((value, index) => new Lwm2mResourceInstance(index, value)));
    }

    /// <summary>
    /// A resource owning <paramref name="instances"/>, which must be sorted by id with no id twice and hold values
    /// of one data type (see <see cref="NodeList.Adopt"/>).
    /// </summary>
    internal static Lwm2mMultipleResource FromSorted(int id, Lwm2mResourceInstance[] instances) => new(id, NodeList.Adopt(instances));

    public bool TryGetInstance(int id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Lwm2mResourceInstance? instance)
    {
        instance = NodeList.Find(Instances, id);
        return instance is not null;
    }

    public Lwm2mResourceInstance Instance(int id) => NodeList.Get(Instances, id, $"Resource {Id}");

    public Lwm2mMultipleResource With(Lwm2mResourceInstance instance) => new(Id, NodeList.With(Instances, instance));

    public Lwm2mMultipleResource Without(int instanceId) => new(Id, NodeList.Without(Instances, instanceId));

    public override bool Equals(Lwm2mNode? other) =>
        other is Lwm2mMultipleResource resource && resource.Id == Id && NodeList.AreEqual(resource.Instances, Instances);

    public override int GetHashCode() => NodeList.Hash(Id, Instances);

    private static bool HasMixedTypes(ImmutableArray<Lwm2mResourceInstance> instances)
    {
        // A loop, not LINQ: codecs build these on every decode.
        for (int i = 1; i < instances.Length; i++)
        {
            if (instances[i].Value.DataType != instances[0].Value.DataType)
            {
                return true;
            }
        }

        return false;
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"Resource {Id} = [{string.Join(", ", Instances.Select(i => i.ToShortString()))}]");
}
