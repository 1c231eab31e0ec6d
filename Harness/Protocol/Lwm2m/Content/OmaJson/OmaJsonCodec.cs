using Harness.Protocol.Coap;
using Harness.Protocol.Lwm2m.Content.SenmlJson;

namespace Harness.Protocol.Lwm2m.Content.OmaJson;

/// <summary>
/// OMA JSON (application/vnd.oma.lwm2m+json, Content-Format 11543; LwM2M 1.0 devices from before the
/// registration send 1543). Same two tiers as SenML JSON: entries to records, then the shared meaning tier
/// with this format's rule ids.
/// </summary>
public sealed class OmaJsonCodec : ILwm2mContentCodec
{
    private OmaJsonCodec(int contentFormat, string name)
    {
        ContentFormat = contentFormat;
        Name = name;
    }

    public static OmaJsonCodec Instance { get; } = new(Coap.ContentFormat.LwM2mJson, "OMA JSON");

    /// <summary>The same format under the pre-registration code 1543 of LwM2M 1.0.</summary>
    public static OmaJsonCodec Legacy { get; } = new(Coap.ContentFormat.LegacyLwM2mJson, "OMA JSON (1543)");

    public int ContentFormat { get; }

    public string Name { get; }

    public Lwm2mDecodeResult Decode(ReadOnlyMemory<byte> payload, Lwm2mCodecContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var sink = new SenmlErrorSink(context.Mode);
        var records = OmaJsonReader.Read(payload.Span, sink);
        return SenmlMeaning.Content(records, context, SenmlDialect.OmaJson, sink);
    }

    /// <summary>The syntax tier alone: entries as records, the object's bn and bt on the first one.</summary>
    public static SenmlPack ReadRecords(ReadOnlyMemory<byte> payload, CoapDecodeMode mode = CoapDecodeMode.Strict) =>
        OmaJsonReader.Read(payload, mode);

    public byte[] Encode(Lwm2mContent content, Lwm2mCodecContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return OmaJsonEncoder.Encode(content, context.RequestPath);
    }

    public string Render(ReadOnlyMemory<byte> payload) =>
        SenmlRenderer.Render(OmaJsonReader.Read(payload, CoapDecodeMode.Lax), SenmlDialect.OmaJson);
}
