using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Harness.Protocol.Lwm2m.Nodes;

namespace Harness.Protocol.Lwm2m.Content;

/// <summary>
/// The meaning of a payload: the nodes it carries, each at its full path, in path order. A Read of
/// /3/0 gives one entry (/3/0, instance); a composite payload gives one entry per path. Equal content
/// from different content formats compares equal.
/// </summary>
public sealed class Lwm2mContent : IEquatable<Lwm2mContent>
{
    public Lwm2mContent(IEnumerable<Lwm2mContentEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        Entries = Sorted(entries);
        for (int i = 1; i < Entries.Length; i++)
        {
            if (Entries[i].Path == Entries[i - 1].Path)
            {
                throw new ArgumentException($"Path {Entries[i].Path} occurs twice in one content", nameof(entries));
            }
        }
    }

    // None or one entry needs no sorting or duplicate check: decoders make single-entry content on every payload.
    private Lwm2mContent(ImmutableArray<Lwm2mContentEntry> noneOrOne) => Entries = noneOrOne;

    public static Lwm2mContent Empty { get; } = new(ImmutableArray<Lwm2mContentEntry>.Empty);

    // Codecs build content on every decode, mostly already in path order: sort only when needed.
    private static ImmutableArray<Lwm2mContentEntry> Sorted(IEnumerable<Lwm2mContentEntry> entries)
    {
        Lwm2mContentEntry[] array = [.. entries];
        for (var i = 1; i < array.Length; i++)
        {
            if (array[i].Path < array[i - 1].Path)
            {
                return [.. array.OrderBy(e => e.Path)];
            }
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(array);
    }

    public ImmutableArray<Lwm2mContentEntry> Entries { get; }

    public static Lwm2mContent Single(Lwm2mPath path, Lwm2mNode node) => new(ImmutableArray.Create(new Lwm2mContentEntry(path, node)));

    /// <summary>The one node of a single-target payload; throws when there are none or several.</summary>
    public Lwm2mNode SingleNode => Entries.Length == 1
        ? Entries[0].Node
        : throw new InvalidOperationException($"Content holds {Entries.Length} entries, not one");

    public bool Equals(Lwm2mContent? other) => other is not null && Entries.SequenceEqual(other.Entries);

    public override bool Equals(object? obj) => Equals(obj as Lwm2mContent);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var entry in Entries)
        {
            hash.Add(entry);
        }

        return hash.ToHashCode();
    }

    public override string ToString() => string.Join("; ", Entries);
}
