using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace Harness.Protocol.Lwm2m.Nodes;

/// <summary>Children of a node: sorted by id, ids unique, found by binary search.</summary>
internal static class NodeList
{
    public static ImmutableArray<T> Create<T>(IEnumerable<T> nodes, string paramName)
        where T : Lwm2mNode
    {
        ArgumentNullException.ThrowIfNull(nodes, paramName);

        // One exact-size array, sorted only when out of order: codecs build trees on every decode.
        T[] array = [.. nodes];
        bool sorted = true;
        for (var i = 0; i < array.Length; i++)
        {
            if (array[i] is null)
            {
                throw new ArgumentException("A child node is null", paramName);
            }

            sorted &= i == 0 || array[i - 1].Id <= array[i].Id;
        }

        if (!sorted)
        {
            Array.Sort(array, static (a, b) => a.Id.CompareTo(b.Id));
        }

        for (var i = 1; i < array.Length; i++)
        {
            if (array[i].Id == array[i - 1].Id)
            {
                throw new ArgumentException($"Two children have id {array[i].Id}", paramName);
            }
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(array);
    }

    /// <summary>
    /// Takes over <paramref name="array"/> as the children, unchecked: for decoders whose children come from
    /// sorted, de-duplicated paths with ids already in range. The caller must not touch the array afterwards.
    /// </summary>
    public static ImmutableArray<T> Adopt<T>(T[] array)
        where T : Lwm2mNode => ImmutableCollectionsMarshal.AsImmutableArray(array);

    public static T? Find<T>(ImmutableArray<T> nodes, int id)
        where T : Lwm2mNode
    {
        int low = 0, high = nodes.Length - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var order = nodes[middle].Id.CompareTo(id);
            if (order == 0)
            {
                return nodes[middle];
            }

            if (order < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return null;
    }

    public static T Get<T>(ImmutableArray<T> nodes, int id, string parent)
        where T : Lwm2mNode =>
        Find(nodes, id) ?? throw new KeyNotFoundException($"{parent} has no child with id {id}");

    /// <summary>The list with <paramref name="node"/> added, or replacing the child of the same id.</summary>
    public static ImmutableArray<T> With<T>(ImmutableArray<T> nodes, T node)
        where T : Lwm2mNode
    {
        ArgumentNullException.ThrowIfNull(node);
        return Create(nodes.Where(n => n.Id != node.Id).Append(node), nameof(node));
    }

    public static ImmutableArray<T> Without<T>(ImmutableArray<T> nodes, int id)
        where T : Lwm2mNode => nodes.RemoveAll(n => n.Id == id);

    public static bool AreEqual<T>(ImmutableArray<T> left, ImmutableArray<T> right)
        where T : Lwm2mNode => left.SequenceEqual(right);

    public static int Hash<T>(int id, ImmutableArray<T> nodes)
        where T : Lwm2mNode
    {
        var hash = new HashCode();
        hash.Add(id);
        foreach (var node in nodes)
        {
            hash.Add(node);
        }

        return hash.ToHashCode();
    }

    /// <summary>"{ a, b }", or "{ }" when there are no children.</summary>
    public static string Braced<T>(ImmutableArray<T> nodes, Func<T, string> format)
        where T : Lwm2mNode => nodes.IsEmpty ? "{ }" : $"{{ {string.Join(", ", nodes.Select(format))} }}";
}
