using System.Text.Json;
using Harness.Protocol.Lwm2m;
using Harness.Tests.Support;

namespace Harness.Tests.Protocol.Lwm2m.Content.Cbor;

/// <summary>One entry of Fixtures/Vectors/SenmlCbor or Lwm2mCbor: bytes with provenance and what they mean.</summary>
public sealed record CborContentVector(
    string Name,
    string Provenance,
    string Kind,
    string RequestPath,
    string Hex,
    IReadOnlyList<IReadOnlyList<string>>? Leaves,
    IReadOnlyList<string>? Paths,
    IReadOnlyList<string>? Removals,
    IReadOnlyList<JsonElement[]>? Resolved,
    bool ByteExact,
    string? Difference,
    CborContentVector.ExpectedError? Error)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public byte[] Bytes => Convert.FromHexString(Hex);

    public Lwm2mPath Path => Lwm2mPath.Parse(RequestPath);

    public static IReadOnlyList<CborContentVector> Load(string folder) =>
        Directory.GetFiles(RepositoryPaths.Fixture("Vectors", folder), "*.json").Order(StringComparer.Ordinal)
            .SelectMany(file => JsonSerializer.Deserialize<VectorFile>(File.ReadAllText(file), Options)!.Vectors)
            .ToList();

    public override string ToString() => Name;

    public sealed record VectorFile(string Source, string Note, IReadOnlyList<CborContentVector> Vectors);

    public sealed record ExpectedError(string Rule, int Offset);
}
