using Harness.Protocol.Coap;

namespace Harness.Protocol.Lwm2m.Messages;

/// <summary>Write-Attributes: PUT to the path with the attributes as Uri-Query and no payload.</summary>
public sealed record WriteAttributesRequest(Lwm2mPath Path, NotificationAttributes Attributes) : ILwm2mRequest
{
    public string Operation => "Write-Attributes";

    public CoapMessage ToCoapMessage() => RequestBuilder.Build(CoapCode.Put, Path.ToUriPath(), Attributes.ToQuery());

    public override string ToString() => $"Write-Attributes {Path}?{Attributes}";
}
