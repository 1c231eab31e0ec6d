using System.Text.Json;
using Harness.Tests.Support;

namespace Harness.Tests.Protocol.Coap.Vectors;

/// <summary>One JSON file of Fixtures/Vectors/Coap/Udp: a description and its vectors.</summary>
public sealed record CoapVectorFile(string Description, IReadOnlyList<CoapVector> Vectors)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Folder => RepositoryPaths.Fixture("Vectors", "Coap", "Udp");

    public static IReadOnlyList<string> FileNames =>
        Directory.GetFiles(Folder, "*.json").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();

    public static CoapVectorFile Load(string fileName) =>
        JsonSerializer.Deserialize<CoapVectorFile>(File.ReadAllText(Path.Combine(Folder, fileName)), Options)
        ?? throw new InvalidDataException($"{fileName} holds no vector file");

    /// <summary>Every vector of every file, named "file/vector" for test names.</summary>
    public static IEnumerable<(string File, CoapVector Vector)> All() =>
        FileNames.SelectMany(name => Load(name).Vectors.Select(v => (name, v)));
}
