using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace Harness.Protocol.Lwm2m.Model;

/// <summary>
/// Object definitions keyed by (object id, object version). Immutable: <see cref="With"/> returns a new
/// registry. Lookups by id alone answer with the highest known version.
/// </summary>
public sealed class ObjectModelRegistry
{
    private readonly ImmutableSortedDictionary<int, ImmutableArray<ObjectDefinition>> _byId;

    public ObjectModelRegistry(IEnumerable<ObjectDefinition> definitions)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        var all = definitions.ToList();
        if (all.Any(d => d is null))
        {
            throw new ArgumentException("A definition is null", nameof(definitions));
        }

        var duplicate = all.GroupBy(d => (d.Id, d.Version)).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Object {duplicate.Key.Id} version {duplicate.Key.Version} is defined twice", nameof(definitions));
        }

        _byId = all.GroupBy(d => d.Id).ToImmutableSortedDictionary(
            g => g.Key,
            g => g.OrderBy(d => d.Version).ToImmutableArray());
        Definitions = [.. _byId.Values.SelectMany(v => v)];
    }

    public static ObjectModelRegistry Empty { get; } = new([]);

    /// <summary>Every definition, by object id and then version.</summary>
    public ImmutableArray<ObjectDefinition> Definitions { get; }

    /// <summary>Ids of the objects with at least one definition, ascending.</summary>
    public IEnumerable<int> ObjectIds => _byId.Keys;

    public int Count => Definitions.Length;

    /// <summary>Known versions of an object, oldest first; empty when the object is unknown.</summary>
    public ImmutableArray<ObjectDefinition> Versions(int objectId) =>
        _byId.TryGetValue(objectId, out var versions) ? versions : [];

    public bool TryGet(int objectId, VersionNumber version, [NotNullWhen(true)] out ObjectDefinition? definition)
    {
        definition = Versions(objectId).FirstOrDefault(d => d.Version == version);
        return definition is not null;
    }

    public ObjectDefinition Get(int objectId, VersionNumber version) =>
        TryGet(objectId, version, out var definition)
            ? definition
            : throw new KeyNotFoundException($"No definition of object {objectId} version {version}; known: {Known(objectId)}");

    /// <summary>The highest known version of the object.</summary>
    public bool TryGetLatest(int objectId, [NotNullWhen(true)] out ObjectDefinition? definition)
    {
        var versions = Versions(objectId);
        definition = versions.IsEmpty ? null : versions[^1];
        return definition is not null;
    }

    /// <summary>The highest known version written for <paramref name="lwm2mVersion"/> or an earlier LwM2M version.</summary>
    public bool TryGetLatest(int objectId, VersionNumber lwm2mVersion, [NotNullWhen(true)] out ObjectDefinition? definition)
    {
        // A loop, not LINQ: content decoders ask once per payload.
        var versions = Versions(objectId);
        for (var i = versions.Length - 1; i >= 0; i--)
        {
            if (versions[i].Lwm2mVersion <= lwm2mVersion)
            {
                definition = versions[i];
                return true;
            }
        }

        definition = null;
        return false;
    }

    public ObjectDefinition GetLatest(int objectId) =>
        TryGetLatest(objectId, out var definition)
            ? definition
            : throw new KeyNotFoundException($"No definition of object {objectId}");

    /// <summary>A registry holding these definitions plus <paramref name="definitions"/>, which replace any of the same id and version.</summary>
    public ObjectModelRegistry With(IEnumerable<ObjectDefinition> definitions)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        var added = definitions.ToList();
        var replaced = added.Select(d => (d.Id, d.Version)).ToHashSet();
        return new ObjectModelRegistry(Definitions.Where(d => !replaced.Contains((d.Id, d.Version))).Concat(added));
    }

    private string Known(int objectId)
    {
        var versions = Versions(objectId);
        return versions.IsEmpty ? "none" : string.Join(", ", versions.Select(d => d.Version));
    }
}
