using Harness.Protocol.Coap;

namespace Harness.Protocol.Lwm2m.Content.SenmlJson;

/// <summary>
/// SenML-ETCH JSON (Content-Format 320; RFC 8790). A Patch Pack writes values and removes records whose
/// value is null: <see cref="DecodePatch"/> gives both. <see cref="Decode"/> serves callers that expect
/// plain content and reports a removal as an error rather than dropping it. A Fetch Pack names paths.
/// </summary>
public sealed class SenmlEtchJsonCodec : ILwm2mContentCodec
{
    private SenmlEtchJsonCodec()
    {
    }

    public static SenmlEtchJsonCodec Instance { get; } = new();

    public int ContentFormat => Coap.ContentFormat.SenmlEtchJson;

    public string Name => "SenML-ETCH JSON";

    public Lwm2mDecodeResult Decode(ReadOnlyMemory<byte> payload, Lwm2mCodecContext context)
    {
        var result = DecodePatch(payload, context);
        if (result.Patch is not { } patch || patch.Removals.IsEmpty)
        {
            return new Lwm2mDecodeResult(result.Patch?.Writes, result.Errors);
        }

        var error = new CoapFormatError(
            SenmlRuleIds.EtchRemoval,
            $"The patch removes {string.Join(", ", patch.Removals)}, which plain content cannot hold; decode it as a patch",
            0,
            SenmlClauses.PatchNull);
        return context.Mode == CoapDecodeMode.Lax
            ? new Lwm2mDecodeResult(patch.Writes, [.. result.Errors, error])
            : Lwm2mDecodeResult.Failure(error);
    }

    /// <summary>The values a Write-Composite sets and the paths it removes.</summary>
    public static Lwm2mPatchDecodeResult DecodePatch(ReadOnlyMemory<byte> payload, Lwm2mCodecContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var sink = new SenmlErrorSink(context.Mode);
        var records = SenmlJsonReader.Read(payload.Span, sink, SenmlReadMode.Patch);
        return SenmlMeaning.Patch(records, context, sink);
    }

    /// <summary>The paths of a Fetch Pack (Read-/Observe-Composite request), in wire order.</summary>
    public static Lwm2mPathListDecodeResult DecodePaths(ReadOnlyMemory<byte> payload, CoapDecodeMode mode = CoapDecodeMode.Strict)
    {
        var sink = new SenmlErrorSink(mode);
        var records = SenmlJsonReader.Read(payload.Span, sink, SenmlReadMode.FetchPack);
        return SenmlMeaning.Paths(records, sink);
    }

    public byte[] Encode(Lwm2mContent content, Lwm2mCodecContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return SenmlJsonEncoder.Encode(content, context.RequestPath);
    }

    public static byte[] EncodePatch(Lwm2mContentPatch patch, Lwm2mCodecContext context)
    {
        ArgumentNullException.ThrowIfNull(patch);
        ArgumentNullException.ThrowIfNull(context);
        return SenmlJsonEncoder.Encode(patch.Writes, context.RequestPath, patch.Removals);
    }

    /// <summary>A Fetch Pack naming <paramref name="paths"/>; it needs at least one (RFC 8790 §3.1).</summary>
    public static byte[] EncodePaths(IEnumerable<Lwm2mPath> paths)
    {
        var list = paths?.ToList() ?? throw new ArgumentNullException(nameof(paths));
        return list.Count > 0 ? SenmlJsonEncoder.EncodePaths(list) : throw new ArgumentException("A Fetch Pack names at least one path", nameof(paths));
    }

    public string Render(ReadOnlyMemory<byte> payload) =>
        SenmlRenderer.Render(SenmlJsonReader.Read(payload, CoapDecodeMode.Lax, SenmlReadMode.Patch), SenmlDialect.SenmlJson);
}
