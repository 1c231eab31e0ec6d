using System.Text;
using System.Text.Json;
using Harness.Protocol.Lwm2m;
using Harness.Protocol.Lwm2m.Model;
using Harness.Protocol.Lwm2m.Values;
using Harness.Tests.Support;

namespace Harness.Tests.Protocol.Lwm2m.Content.SenmlJson;

/// <summary>
/// One entry of Fixtures/Vectors/SenmlJson/*.json or OmaJson/*.json: a payload with its provenance, what
/// it is decoded as, and either the values it must give or the rule and offset strict decoding reports.
/// </summary>
public sealed record JsonContentVector(
    string Name,
    string Provenance,
    string Decode,
    string? RequestPath,
    string? Payload,
    string? PayloadHex,
    bool ByteExact,
    IReadOnlyList<IReadOnlyList<string>>? Values,
    IReadOnlyList<string>? Paths,
    IReadOnlyList<string>? Removals,
    IReadOnlyList<string>? Findings,
    JsonContentVector.ExpectedError? Error,
    int? LaxErrors)
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    public string File { get; init; } = string.Empty;

    /// <summary>The built-in objects plus the example objects the vector file defines.</summary>
    public ObjectModelRegistry Model { get; init; } = BuiltInObjectModel.Registry;

    public byte[] Bytes => PayloadHex is not null ? Convert.FromHexString(PayloadHex) : Encoding.UTF8.GetBytes(Payload ?? string.Empty);

    public Lwm2mPath Path => Lwm2mPath.Parse(RequestPath ?? "/");

    public static IEnumerable<JsonContentVector> All(string folder)
    {
        foreach (string file in Directory.GetFiles(RepositoryPaths.Fixture("Vectors", folder), "*.json").Order())
        {
            var document = JsonSerializer.Deserialize<VectorFile>(System.IO.File.ReadAllText(file), Options)
                ?? throw new InvalidDataException($"{file} holds no vectors");
            var model = BuiltInObjectModel.Registry.With((document.Objects ?? []).Select(o => o.ToDefinition()));
            foreach (var vector in document.Vectors)
            {
                yield return vector with { File = System.IO.Path.GetFileName(file), Model = model };
            }
        }
    }

    public override string ToString() => $"{File}:{Name}";

    public sealed record VectorFile(string Source, string Note, IReadOnlyList<ExampleObject>? Objects, IReadOnlyList<JsonContentVector> Vectors);

    public sealed record ExpectedError(string Rule, int Offset);

    /// <summary>An object the specification defines only for its examples: readable resources of a type.</summary>
    public sealed record ExampleObject(int Id, string Name, IReadOnlyList<ExampleResource> Resources)
    {
        public ObjectDefinition ToDefinition() => new()
        {
            Id = Id,
            Name = Name,
            IsMultiple = true,
            IsMandatory = false,
            Resources = [.. Resources.Select(r => new ResourceDefinition
            {
                Id = r.Id,
                Name = $"Resource {r.Id}",
                Operations = ResourceOperations.Read | ResourceOperations.Write,
                IsMultiple = r.Multiple,
                IsMandatory = false,
                DataType = Enum.Parse<Lwm2mDataType>(r.Type),
            })],
        };
    }

    public sealed record ExampleResource(int Id, string Type, bool Multiple);
}
