using Harness.Protocol.Coap;
using Harness.Protocol.Lwm2m.Values;

namespace Harness.Protocol.Lwm2m.Content.Text;

/// <summary>
/// application/octet-stream for the value of one Opaque resource or resource instance (LwM2M Core §7.4.2):
/// Content-Format 42, and 1544 (application/vnd.oma.lwm2m+opaque) for LwM2M 1.0 devices. Any bytes are a
/// valid value; the checks are about the target. Rules: RULES.md here.
/// </summary>
public sealed class OpaqueCodec : ILwm2mContentCodec
{
    private const int ShownBytes = 64;

    private OpaqueCodec()
    {
    }

    public static OpaqueCodec Instance { get; } = new();

    public int ContentFormat => Coap.ContentFormat.OctetStream;

    public string Name => "Opaque";

    public Lwm2mDecodeResult Decode(ReadOnlyMemory<byte> payload, Lwm2mCodecContext context)
    {
        var target = SingleValueTarget.Resolve(context, SingleValueFormat.Opaque, out var levelError);
        if (target is null)
        {
            return context.Mode == CoapDecodeMode.Strict ? Lwm2mDecodeResult.Failure(levelError!) : new(Lwm2mContent.Empty, [levelError!]);
        }

        if (target.Resource is { DataType: not Lwm2mDataType.Opaque } resource)
        {
            string type = resource.DataType == Lwm2mDataType.None ? "executable" : $"typed {resource.DataType.ToName()}";
            target.Findings.Add(new(TextRuleIds.OpaqueType, $"the opaque format carries Opaque values only; {target.Path} ({resource.Name}) is {type}", 0, SingleValueFormat.Opaque.Clause));
        }

        return target.Result(Lwm2mValue.Opaque(payload.Span), context.Mode);
    }

    /// <summary>Encodes one Opaque single resource or resource instance at the request path.</summary>
    public byte[] Encode(Lwm2mContent content, Lwm2mCodecContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var value = SingleValueTarget.ValueToEncode(content, context.RequestPath, "opaque");
        return value is OpaqueValue opaque
            ? opaque.Value.ToArray()
            : throw new ArgumentException($"The opaque format carries Opaque values only, not {value}", nameof(content));
    }

    public string Render(ReadOnlyMemory<byte> payload)
    {
        var bytes = payload.Span;
        string more = bytes.Length > ShownBytes ? "…" : string.Empty;
        return $"opaque, {bytes.Length} bytes: 0x{Convert.ToHexStringLower(bytes[..Math.Min(bytes.Length, ShownBytes)])}{more}";
    }
}
