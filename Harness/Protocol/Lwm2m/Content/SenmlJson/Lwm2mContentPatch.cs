using System.Collections.Immutable;

namespace Harness.Protocol.Lwm2m.Content.SenmlJson;

/// <summary>
/// What a SenML-ETCH Write-Composite carries (RFC 8790 §3.2): values to write, and the paths whose records
/// a null value removes. Removals are kept in path order; equal patches compare equal.
/// </summary>
public sealed class Lwm2mContentPatch : IEquatable<Lwm2mContentPatch>
{
    public Lwm2mContentPatch(Lwm2mContent writes, IEnumerable<Lwm2mPath> removals)
    {
        ArgumentNullException.ThrowIfNull(writes);
        ArgumentNullException.ThrowIfNull(removals);
        Writes = writes;
        Removals = [.. removals.Order()];
        for (int i = 1; i < Removals.Length; i++)
        {
            if (Removals[i] == Removals[i - 1])
            {
                throw new ArgumentException($"Path {Removals[i]} is removed twice", nameof(removals));
            }
        }

        foreach (var entry in writes.Entries)
        {
            if (Removals.Contains(entry.Path))
            {
                throw new ArgumentException($"Path {entry.Path} is both written and removed", nameof(removals));
            }
        }
    }

    public Lwm2mContent Writes { get; }

    public ImmutableArray<Lwm2mPath> Removals { get; }

    public bool Equals(Lwm2mContentPatch? other) =>
        other is not null && Writes.Equals(other.Writes) && Removals.SequenceEqual(other.Removals);

    public override bool Equals(object? obj) => Equals(obj as Lwm2mContentPatch);

    public override int GetHashCode() => HashCode.Combine(Writes, Removals.Length);

    public override string ToString() =>
        Removals.IsEmpty ? Writes.ToString() : $"{Writes}; remove {string.Join(", ", Removals)}";
}
