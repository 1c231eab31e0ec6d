using Harness.Protocol.Coap;

namespace Harness.Protocol.Lwm2m.Messages;

/// <summary>Create: POST to an object with the new instance's encoded content.</summary>
public sealed record CreateRequest(Lwm2mPath Path, ReadOnlyMemory<byte> Payload, int ContentFormat) : ILwm2mRequest
{
    public string Operation => "Create";

    public CoapMessage ToCoapMessage() => RequestBuilder.Build(CoapCode.Post, Path.ToUriPath(), payload: Payload, contentFormat: ContentFormat);

    public override string ToString() => $"Create {Path} ({Coap.ContentFormat.Describe(ContentFormat)}, {Payload.Length} B)";
}
