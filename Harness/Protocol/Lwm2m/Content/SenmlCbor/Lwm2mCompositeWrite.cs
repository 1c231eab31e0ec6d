using System.Collections.Immutable;

namespace Harness.Protocol.Lwm2m.Content.SenmlCbor;

/// <summary>
/// A Write-Composite request in SenML-ETCH (RFC 8790 §5): values to write, one entry per resource, and
/// paths to remove (records with a name and no value).
/// </summary>
public sealed record Lwm2mCompositeWrite(Lwm2mContent Writes, ImmutableArray<Lwm2mPath> Removals)
{
    public bool Equals(Lwm2mCompositeWrite? other) =>
        other is not null && Writes.Equals(other.Writes) && Removals.SequenceEqual(other.Removals);

    public override int GetHashCode() => HashCode.Combine(Writes, Removals.Length);

    public override string ToString() => $"write {Writes}; remove {string.Join(", ", Removals)}";
}
