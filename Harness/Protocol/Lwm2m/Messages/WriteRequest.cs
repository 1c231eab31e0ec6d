using Harness.Protocol.Coap;
using Harness.Protocol.Lwm2m.Content;

namespace Harness.Protocol.Lwm2m.Messages;

/// <summary>Write: PUT (replace) or POST (partial update) of an encoded payload to an instance or resource.</summary>
public sealed record WriteRequest(Lwm2mPath Path, WriteMode Mode, ReadOnlyMemory<byte> Payload, int ContentFormat) : ILwm2mRequest
{
    public string Operation => Mode == WriteMode.Replace ? "Write (replace)" : "Write (partial update)";

    public static WriteRequest Replace(Lwm2mPath path, ReadOnlyMemory<byte> payload, int contentFormat) => new(path, WriteMode.Replace, payload, contentFormat);

    public static WriteRequest PartialUpdate(Lwm2mPath path, ReadOnlyMemory<byte> payload, int contentFormat) => new(path, WriteMode.PartialUpdate, payload, contentFormat);

    /// <summary>Encodes <paramref name="content"/> with <paramref name="codec"/> for a write to <paramref name="context"/>'s request path.</summary>
    public static WriteRequest Encode(WriteMode mode, Lwm2mContent content, ILwm2mContentCodec codec, Lwm2mCodecContext context)
    {
        ArgumentNullException.ThrowIfNull(codec);
        ArgumentNullException.ThrowIfNull(context);
        return new(context.RequestPath, mode, codec.Encode(content, context), codec.ContentFormat);
    }

    public CoapMessage ToCoapMessage() =>
        RequestBuilder.Build(Mode == WriteMode.Replace ? CoapCode.Put : CoapCode.Post, Path.ToUriPath(), payload: Payload, contentFormat: ContentFormat);

    public override string ToString() => $"{Operation} {Path} ({Coap.ContentFormat.Describe(ContentFormat)}, {Payload.Length} B)";
}
