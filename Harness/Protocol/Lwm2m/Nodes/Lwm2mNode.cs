namespace Harness.Protocol.Lwm2m.Nodes;

/// <summary>
/// A node of the LwM2M data tree: an object, an object instance, a resource or a resource instance.
/// Nodes are immutable, know their own id but not their parents, and compare by value (ids, structure,
/// typed values), so trees decoded by different codecs compare equal when they mean the same.
/// </summary>
public abstract class Lwm2mNode : IEquatable<Lwm2mNode>
{
    private protected Lwm2mNode(int id) => Id = Lwm2mId.Check(id, nameof(id));

    public int Id { get; }

    /// <summary>The level of a path that names this node.</summary>
    public abstract Lwm2mPathLevel Level { get; }

    public abstract bool Equals(Lwm2mNode? other);

    public sealed override bool Equals(object? obj) => Equals(obj as Lwm2mNode);

    public abstract override int GetHashCode();

    /// <summary>One-line diagnostic form, e.g. <c>Resource 0 = String("ACME")</c>.</summary>
    public abstract override string ToString();
}
