using Harness.Protocol.Coap;
using Harness.Protocol.Lwm2m;
using Harness.Protocol.Lwm2m.Content;
using Harness.Protocol.Lwm2m.Content.OmaJson;
using Harness.Protocol.Lwm2m.Content.SenmlJson;

namespace Harness.Tests.Protocol.Lwm2m.Content.SenmlJson;

/// <summary>
/// Runs a vector through the decoder its "decode" names and gives one comparable outcome: content, a path
/// list or a patch, with the errors. Also knows what the matching encoder writes for the expected value.
/// </summary>
internal static class VectorRun
{
    public static (object? Value, IReadOnlyList<CoapFormatError> Errors) Decode(JsonContentVector vector, CoapDecodeMode mode, bool omaJson)
    {
        var context = new Lwm2mCodecContext(vector.Path, vector.Model, Lwm2mVersions.V11, mode);
        var bytes = vector.Bytes;
        switch (vector.Decode)
        {
            case "content":
                var content = omaJson ? OmaJsonCodec.Instance.Decode(bytes, context) : SenmlJsonCodec.Instance.Decode(bytes, context);
                return (content.Content, content.Errors);
            case "etch-content":
                var etch = SenmlEtchJsonCodec.Instance.Decode(bytes, context);
                return (etch.Content, etch.Errors);
            case "patch":
                var patch = SenmlEtchJsonCodec.DecodePatch(bytes, context);
                return (patch.Patch, patch.Errors);
            case "paths":
                var paths = SenmlJsonCodec.DecodePaths(bytes, mode);
                return (paths.Paths, paths.Errors);
            case "fetch":
                var fetch = SenmlEtchJsonCodec.DecodePaths(bytes, mode);
                return (fetch.Paths, fetch.Errors);
            default:
                throw new InvalidDataException($"{vector}: unknown decode kind {vector.Decode}");
        }
    }

    /// <summary>What the vector says decoding must give.</summary>
    public static object Expected(JsonContentVector vector) => vector.Decode switch
    {
        "paths" or "fetch" => (vector.Paths ?? []).Select(Lwm2mPath.Parse).ToList(),
        "patch" => new Lwm2mContentPatch(ExpectedContent.Build(vector.Path, vector.Values ?? []), (vector.Removals ?? []).Select(Lwm2mPath.Parse)),
        _ => ExpectedContent.Build(vector.Path, vector.Values ?? []),
    };

    /// <summary>Our encoder's bytes for the expected value.</summary>
    public static byte[] Encode(JsonContentVector vector, object expected, bool omaJson)
    {
        var context = new Lwm2mCodecContext(vector.Path, vector.Model, Lwm2mVersions.V11);
        return expected switch
        {
            Lwm2mContentPatch patch => SenmlEtchJsonCodec.EncodePatch(patch, context),
            Lwm2mContent content when omaJson => OmaJsonCodec.Instance.Encode(content, context),
            Lwm2mContent content => SenmlJsonCodec.Instance.Encode(content, context),
            IEnumerable<Lwm2mPath> paths => SenmlJsonCodec.EncodePaths(paths),
            _ => throw new InvalidDataException($"{vector}: nothing to encode"),
        };
    }

    /// <summary>True when two outcomes mean the same (path lists compare in order).</summary>
    public static bool Same(object? actual, object expected) => (actual, expected) switch
    {
        (IEnumerable<Lwm2mPath> a, IEnumerable<Lwm2mPath> b) => a.SequenceEqual(b),
        _ => Equals(actual, expected),
    };
}
