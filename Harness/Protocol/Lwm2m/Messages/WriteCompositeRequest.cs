using Harness.Protocol.Coap;
using Harness.Protocol.Lwm2m.Content;

namespace Harness.Protocol.Lwm2m.Messages;

/// <summary>Write-Composite: iPATCH / with values for several paths in one payload.</summary>
public sealed record WriteCompositeRequest(ReadOnlyMemory<byte> Payload, int ContentFormat) : ILwm2mRequest
{
    public string Operation => "Write-Composite";

    /// <summary>Encodes <paramref name="content"/> relative to the root, as composite payloads are.</summary>
    public static WriteCompositeRequest Encode(Lwm2mContent content, ILwm2mContentCodec codec, Lwm2mCodecContext context)
    {
        ArgumentNullException.ThrowIfNull(codec);
        ArgumentNullException.ThrowIfNull(context);
        return new(codec.Encode(content, context with { RequestPath = Lwm2mPath.Root }), codec.ContentFormat);
    }

    public CoapMessage ToCoapMessage() => RequestBuilder.Build(CoapCode.IPatch, [], payload: Payload, contentFormat: ContentFormat);

    public override string ToString() => $"Write-Composite ({Coap.ContentFormat.Describe(ContentFormat)}, {Payload.Length} B)";
}
