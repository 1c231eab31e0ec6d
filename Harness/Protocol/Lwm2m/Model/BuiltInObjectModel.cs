using Harness.Protocol.Lwm2m.Model.Ddf;

namespace Harness.Protocol.Lwm2m.Model;

/// <summary>
/// The suite's own object definitions (Fixtures/Objects, embedded in this assembly): the core and common
/// OMA objects in every version the suite models.
/// </summary>
public static class BuiltInObjectModel
{
    private const string ResourcePrefix = "Harness.Protocol.Lwm2m.Objects.";

    private static readonly Lazy<ObjectModelRegistry> Loaded = new(Load);

    public static ObjectModelRegistry Registry => Loaded.Value;

    /// <summary>Names of the embedded files, such as "3-1_2.xml".</summary>
    public static IEnumerable<string> FileNames =>
        typeof(BuiltInObjectModel).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Select(n => n[ResourcePrefix.Length..])
            .Order(StringComparer.Ordinal);

    private static ObjectModelRegistry Load()
    {
        var assembly = typeof(BuiltInObjectModel).Assembly;
        var definitions = new List<ObjectDefinition>();
        foreach (var name in FileNames)
        {
            using var stream = assembly.GetManifestResourceStream(ResourcePrefix + name)
                ?? throw new InvalidOperationException($"Embedded object definition {name} is missing");
            definitions.AddRange(DdfReader.Read(stream, name));
        }

        return new ObjectModelRegistry(definitions);
    }
}
