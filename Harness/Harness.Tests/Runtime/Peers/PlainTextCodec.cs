using System.Text;
using Harness.Protocol.Coap;
using Harness.Protocol.Lwm2m;
using Harness.Protocol.Lwm2m.Content;
using Harness.Protocol.Lwm2m.Nodes;
using Harness.Protocol.Lwm2m.Values;

namespace Harness.Tests.Runtime.Peers;

/// <summary>A stand-in codec for one string resource as text/plain, so that the server's decoding path can be tested.</summary>
internal sealed class PlainTextCodec : ILwm2mContentCodec
{
    public int ContentFormat => Harness.Protocol.Coap.ContentFormat.TextPlain;

    public string Name => "text (test)";

    public Lwm2mDecodeResult Decode(ReadOnlyMemory<byte> payload, Lwm2mCodecContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.RequestPath.ResourceId is { } id
            ? Lwm2mDecodeResult.Success(Lwm2mContent.Single(context.RequestPath, new Lwm2mSingleResource(id, Lwm2mValue.String(Encoding.UTF8.GetString(payload.Span)))))
            : Lwm2mDecodeResult.Failure(new CoapFormatError("text.path", "text/plain carries one resource", 0, "test"));
    }

    public byte[] Encode(Lwm2mContent content, Lwm2mCodecContext context) =>
        content?.SingleNode is Lwm2mSingleResource { Value: StringValue text }
            ? Encoding.UTF8.GetBytes(text.Value)
            : throw new ArgumentException("text/plain carries one string resource", nameof(content));

    public string Render(ReadOnlyMemory<byte> payload) => Encoding.UTF8.GetString(payload.Span);
}
