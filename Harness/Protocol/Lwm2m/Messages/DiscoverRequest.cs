using Harness.Protocol.Coap;

namespace Harness.Protocol.Lwm2m.Messages;

/// <summary>Discover: GET with Accept application/link-format, answered with links and attributes.</summary>
public sealed record DiscoverRequest(Lwm2mPath Path) : ILwm2mRequest
{
    public string Operation => "Discover";

    public CoapMessage ToCoapMessage() => RequestBuilder.Build(CoapCode.Get, Path.ToUriPath(), accept: ContentFormat.LinkFormat);

    public override string ToString() => $"Discover {Path}";
}
