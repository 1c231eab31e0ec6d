using Harness.Protocol.Coap;

namespace Harness.Protocol.Lwm2m.Content.SenmlJson;

/// <summary>
/// SenML JSON (Content-Format 110; RFC 8428 §5, LwM2M Core 1.1 §7.4.4). Decode gives the content of
/// Read responses, Writes and Notifications, also at the root for composite operations (one entry per
/// record); <see cref="DecodePaths"/> reads a Read-/Observe-Composite request, which carries names only.
/// </summary>
public sealed class SenmlJsonCodec : ILwm2mContentCodec
{
    private SenmlJsonCodec()
    {
    }

    public static SenmlJsonCodec Instance { get; } = new();

    public int ContentFormat => Coap.ContentFormat.SenmlJson;

    public string Name => "SenML JSON";

    public Lwm2mDecodeResult Decode(ReadOnlyMemory<byte> payload, Lwm2mCodecContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var sink = new SenmlErrorSink(context.Mode);
        var records = SenmlJsonReader.Read(payload.Span, sink, SenmlReadMode.Content);
        return SenmlMeaning.Content(records, context, SenmlDialect.SenmlJson, sink);
    }

    /// <summary>The paths of a Read-Composite or Observe-Composite request body, in wire order.</summary>
    public static Lwm2mPathListDecodeResult DecodePaths(ReadOnlyMemory<byte> payload, CoapDecodeMode mode = CoapDecodeMode.Strict)
    {
        var sink = new SenmlErrorSink(mode);
        var records = SenmlJsonReader.Read(payload.Span, sink, SenmlReadMode.PathList);
        return SenmlMeaning.Paths(records, sink);
    }

    /// <summary>The syntax tier alone: the records as written, for checks on base names, times and field choice.</summary>
    public static SenmlPack ReadRecords(ReadOnlyMemory<byte> payload, CoapDecodeMode mode = CoapDecodeMode.Strict) =>
        SenmlJsonReader.Read(payload, mode, SenmlReadMode.Content);

    public byte[] Encode(Lwm2mContent content, Lwm2mCodecContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return SenmlJsonEncoder.Encode(content, context.RequestPath);
    }

    /// <summary>A Read-/Observe-Composite request body naming <paramref name="paths"/>.</summary>
    public static byte[] EncodePaths(IEnumerable<Lwm2mPath> paths) => SenmlJsonEncoder.EncodePaths(paths);

    public string Render(ReadOnlyMemory<byte> payload) =>
        SenmlRenderer.Render(SenmlJsonReader.Read(payload, CoapDecodeMode.Lax, SenmlReadMode.Content), SenmlDialect.SenmlJson);
}
