using Harness.Protocol.Coap;

namespace Harness.Protocol.Lwm2m.Content.Tlv;

/// <summary>
/// The LwM2M TLV content format, application/vnd.oma.lwm2m+tlv: Content-Format 11542, and 1542 for LwM2M
/// 1.0 devices that predate the registration (see <see cref="Lwm2mContentCodecs"/>). Rules: RULES.md here.
/// </summary>
public sealed class TlvCodec : ILwm2mContentCodec
{
    private TlvCodec()
    {
    }

    public static TlvCodec Instance { get; } = new();

    public int ContentFormat => Coap.ContentFormat.LwM2mTlv;

    public string Name => "TLV";

    /// <summary>Decodes against a request path below the root; throws <see cref="ArgumentException"/> only for the root path.</summary>
    public Lwm2mDecodeResult Decode(ReadOnlyMemory<byte> payload, Lwm2mCodecContext context) =>
        TlvContentDecoder.Decode(payload, context);

    public byte[] Encode(Lwm2mContent content, Lwm2mCodecContext context) => TlvContentEncoder.Encode(content, context);

    public string Render(ReadOnlyMemory<byte> payload) => TlvRenderer.Render(payload, null);

    /// <summary>The tree with values typed by the object model, as read for <paramref name="context"/>'s request path.</summary>
    public static string Render(ReadOnlyMemory<byte> payload, Lwm2mCodecContext context) => TlvRenderer.Render(payload, context);
}
