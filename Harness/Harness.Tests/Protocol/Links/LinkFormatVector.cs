using System.Text.Json;
using System.Text.Json.Serialization;
using Harness.Protocol.Links;
using Harness.Tests.Support;

namespace Harness.Tests.Protocol.Links;

/// <summary>One entry of Fixtures/Vectors/LinkFormat/*.json: a payload, where it comes from and what parsing must give.</summary>
public sealed record LinkFormatVector(
    string Name,
    string Provenance,
    string Payload,
    IReadOnlyList<LinkFormatVector.ExpectedLink>? Links,
    LinkFormatVector.ExpectedError? Error,
    int? LaxLinks,
    int? LaxErrors)
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    public string File { get; init; } = string.Empty;

    public IReadOnlyList<Link> ExpectedLinks() =>
        (Links ?? []).Select(l => new Link(l.Target, l.Params.Select(p => new LinkParameter(p.Name, p.Value, p.Quoted)))).ToList();

    public static IEnumerable<LinkFormatVector> All()
    {
        foreach (string path in Directory.GetFiles(RepositoryPaths.Fixture("Vectors", "LinkFormat"), "*.json").Order())
        {
            var document = JsonSerializer.Deserialize<VectorFile>(System.IO.File.ReadAllText(path), Options)
                ?? throw new InvalidDataException($"{path} holds no vectors");
            foreach (var vector in document.Vectors)
            {
                yield return vector with { File = Path.GetFileName(path) };
            }
        }
    }

    public override string ToString() => $"{File}:{Name}";

    public sealed record VectorFile(string Source, string Note, IReadOnlyList<LinkFormatVector> Vectors);

    public sealed record ExpectedLink(string Target, IReadOnlyList<ExpectedParameter> Params);

    public sealed record ExpectedParameter(string Name, string? Value, bool Quoted);

    public sealed record ExpectedError(string Rule, int Offset);
}
