using System.Text.Json;
using Harness.Protocol.Lwm2m.Model;
using Harness.Tests.Support;

namespace Harness.Tests.Protocol.Lwm2m.Content.Vectors;

/// <summary>One JSON file of Fixtures/Vectors/&lt;format&gt;: a description, objects its vectors need beyond the built-in model, and vectors.</summary>
public sealed record ContentVectorFile(string Description, IReadOnlyList<JsonElement>? Objects, IReadOnlyList<ContentVector> Vectors)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    /// <summary>The built-in model plus this file's objects.</summary>
    public ObjectModelRegistry Model => Objects is null or { Count: 0 }
        ? BuiltInObjectModel.Registry
        : BuiltInObjectModel.Registry.With(Objects.Select(VectorNodes.Object));

    public static ContentVectorFile Load(string format, string fileName) =>
        JsonSerializer.Deserialize<ContentVectorFile>(File.ReadAllText(Path.Combine(RepositoryPaths.Fixture("Vectors", format), fileName)), Options)
        ?? throw new InvalidDataException($"{fileName} holds no vector file");

    /// <summary>Every vector of every file of the folder, with the model its file calls for.</summary>
    public static IEnumerable<(string File, ContentVector Vector, ObjectModelRegistry Model)> All(string format) =>
        Directory.GetFiles(RepositoryPaths.Fixture("Vectors", format), "*.json")
            .Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)
            .SelectMany(name =>
            {
                var file = Load(format, name);
                var model = file.Model;
                return file.Vectors.Select(v => (name, v, model));
            });
}
