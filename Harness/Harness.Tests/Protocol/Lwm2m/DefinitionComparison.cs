using System.Globalization;
using Harness.Protocol.Lwm2m.Model;

namespace Harness.Tests.Protocol.Lwm2m;

/// <summary>Lists how two definitions of the same object version differ, one line per difference.</summary>
internal static class DefinitionComparison
{
    /// <summary>Differences in the facts a codec or a judge relies on.</summary>
    public static IEnumerable<string> Facts(ObjectDefinition ours, ObjectDefinition theirs)
    {
        var where = $"{ours.Id} {ours.Name} {ours.Version}";
        foreach (var line in Compare(where, "object id", ours.Id, theirs.Id)
            .Concat(Compare(where, "object version", ours.Version, theirs.Version))
            .Concat(Compare(where, "LwM2M version", ours.Lwm2mVersion, theirs.Lwm2mVersion))
            .Concat(Compare(where, "URN", ours.Urn, theirs.Urn))
            .Concat(Compare(where, "multiple instances", ours.IsMultiple, theirs.IsMultiple))
            .Concat(Compare(where, "mandatory", ours.IsMandatory, theirs.IsMandatory)))
        {
            yield return line;
        }

        var ids = ours.Resources.Select(r => r.Id).Union(theirs.Resources.Select(r => r.Id)).Order();
        foreach (var id in ids)
        {
            var resource = string.Create(CultureInfo.InvariantCulture, $"{where} resource {id}");
            if (!ours.TryGetResource(id, out var mine))
            {
                yield return $"{resource}: only in the registry ({theirs.Resource(id)})";
                continue;
            }

            if (!theirs.TryGetResource(id, out var other))
            {
                yield return $"{resource}: only in ours ({mine})";
                continue;
            }

            foreach (var line in Compare(resource, "type", mine.DataType, other.DataType)
                .Concat(Compare(resource, "operations", mine.Operations, other.Operations))
                .Concat(Compare(resource, "multiple instances", mine.IsMultiple, other.IsMultiple))
                .Concat(Compare(resource, "mandatory", mine.IsMandatory, other.IsMandatory)))
            {
                yield return line;
            }
        }
    }

    /// <summary>Differences in wording only: names, ranges and units.</summary>
    public static IEnumerable<string> Wording(ObjectDefinition ours, ObjectDefinition theirs)
    {
        var where = $"{ours.Id} {ours.Name} {ours.Version}";
        foreach (var mine in ours.Resources)
        {
            if (!theirs.TryGetResource(mine.Id, out var other))
            {
                continue;
            }

            var resource = string.Create(CultureInfo.InvariantCulture, $"{where} resource {mine.Id}");
            // "0-255" and "0..255" say the same; compare what the entries mean when both can be read.
            var sameRange = mine.Constraint is { } constraint ? constraint.Equals(other.Constraint) : mine.RangeEnumeration == other.RangeEnumeration;
            var ranges = sameRange ? [] : Compare(resource, "range", mine.RangeEnumeration, other.RangeEnumeration);
            foreach (var line in Compare(resource, "name", mine.Name, other.Name)
                .Concat(ranges)
                .Concat(Compare(resource, "units", mine.Units, other.Units)))
            {
                yield return line;
            }
        }
    }

    private static IEnumerable<string> Compare<T>(string where, string what, T ours, T theirs)
    {
        if (!EqualityComparer<T>.Default.Equals(ours, theirs))
        {
            yield return $"{where}: {what} is {ours} in ours, {theirs} in the registry";
        }
    }
}
