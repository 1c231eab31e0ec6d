using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Harness.Protocol.Lwm2m.Model;

/// <summary>
/// An object as its definition file states it: identity, version, instance rules and resource table.
/// Resources are kept in id order; two definitions are equal when every field and resource is.
/// </summary>
public sealed record ObjectDefinition
{
    private readonly int _id;
    private readonly string _name = "";
    private readonly string _description = "";
    private readonly string? _urn;
    private readonly ImmutableArray<ResourceDefinition> _resources = [];

    public required int Id
    {
        get => _id;
        init => _id = Lwm2mId.Check(value, nameof(Id));
    }

    public required string Name
    {
        get => _name;
        init
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(value, nameof(Name));
            _name = value;
        }
    }

    /// <summary>A one-line description.</summary>
    public string Description
    {
        get => _description;
        init => _description = value ?? "";
    }

    /// <summary>The object version; 1.0 when the definition states none.</summary>
    public VersionNumber Version { get; init; } = VersionNumber.Default;

    /// <summary>The LwM2M version the definition was written for; 1.0 when it states none.</summary>
    public VersionNumber Lwm2mVersion { get; init; } = VersionNumber.Default;

    /// <summary>The object URN; derived from <see cref="Id"/> and <see cref="Version"/> unless set.</summary>
    public string Urn
    {
        get => _urn ?? ObjectUrn.Format(Id, Version);
        init => _urn = value;
    }

    /// <summary>True when a client may hold more than one instance.</summary>
    public required bool IsMultiple { get; init; }

    /// <summary>True when every client must implement the object.</summary>
    public required bool IsMandatory { get; init; }

    /// <summary>Resource definitions in id order; ids are unique.</summary>
    public ImmutableArray<ResourceDefinition> Resources
    {
        get => _resources;
        init => _resources = SortedResources(value);
    }

    public bool TryGetResource(int resourceId, [NotNullWhen(true)] out ResourceDefinition? resource)
    {
        resource = null;
        int low = 0, high = _resources.Length - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var candidate = _resources[middle];
            if (candidate.Id == resourceId)
            {
                resource = candidate;
                return true;
            }

            (low, high) = candidate.Id < resourceId ? (middle + 1, high) : (low, middle - 1);
        }

        return false;
    }

    public ResourceDefinition Resource(int resourceId) =>
        TryGetResource(resourceId, out var resource)
            ? resource
            : throw new KeyNotFoundException($"{this} defines no resource {resourceId}");

    public bool Equals(ObjectDefinition? other) =>
        other is not null && Id == other.Id && Name == other.Name && Description == other.Description
        && Version == other.Version && Lwm2mVersion == other.Lwm2mVersion && Urn == other.Urn
        && IsMultiple == other.IsMultiple && IsMandatory == other.IsMandatory && _resources.SequenceEqual(other._resources);

    public override int GetHashCode() => HashCode.Combine(Id, Version, Name, _resources.Length);

    /// <summary>E.g. <c>3 Device 1.2 (LwM2M 1.1)</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Id} {Name} {Version} (LwM2M {Lwm2mVersion})");

    private static ImmutableArray<ResourceDefinition> SortedResources(ImmutableArray<ResourceDefinition> resources)
    {
        if (resources.IsDefault || resources.Any(r => r is null))
        {
            throw new ArgumentException("Resources must be given and not null", nameof(resources));
        }

        var sorted = resources.Sort(static (a, b) => a.Id.CompareTo(b.Id));
        for (var i = 1; i < sorted.Length; i++)
        {
            if (sorted[i].Id == sorted[i - 1].Id)
            {
                throw new ArgumentException($"Two resources have id {sorted[i].Id}", nameof(resources));
            }
        }

        return sorted;
    }
}
