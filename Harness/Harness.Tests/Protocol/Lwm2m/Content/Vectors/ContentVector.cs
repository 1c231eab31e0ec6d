using System.Text;
using System.Text.Json;
using Harness.Protocol.Coap;
using Harness.Protocol.Lwm2m;
using Harness.Protocol.Lwm2m.Content;
using Harness.Protocol.Lwm2m.Model;

namespace Harness.Tests.Protocol.Lwm2m.Content.Vectors;

/// <summary>
/// One content-format payload with provenance: the request path and LwM2M version it answers, its bytes
/// (hex, or text for text/plain), and either the node it decodes to (with any findings) or the Must rule
/// and offset strict decoding rejects it with. <see cref="Encoder"/> says whether our encoder writes the
/// same bytes ("same") or a different valid encoding ("differs").
/// </summary>
public sealed record ContentVector(
    string Name,
    string Provenance,
    string? Derivation,
    string Lwm2mVersion,
    string Path,
    string? Hex,
    string? Text,
    int? ContentFormat,
    JsonElement? Content,
    VectorRule? Error,
    IReadOnlyList<VectorRule>? Findings,
    string? Encoder)
{
    public byte[] Bytes => Hex is not null ? Convert.FromHexString(Hex) : Encoding.UTF8.GetBytes(Text ?? string.Empty);

    public Lwm2mPath RequestPath => Lwm2mPath.Parse(Path);

    public VersionNumber Version => VersionNumber.Parse(Lwm2mVersion);

    public IReadOnlyList<VectorRule> ExpectedFindings => Findings ?? [];

    public Lwm2mContent ExpectedContent() =>
        Lwm2mContent.Single(RequestPath, VectorNodes.Node(Content ?? throw new InvalidOperationException($"{Name} states no content")));

    public Lwm2mCodecContext Context(ObjectModelRegistry model, CoapDecodeMode mode = CoapDecodeMode.Strict) =>
        new(RequestPath, model, Version, mode);

    public override string ToString() => Name;
}
