using Harness.Protocol.Coap;

namespace Harness.Protocol.Lwm2m.Messages;

/// <summary>Delete: DELETE an object instance.</summary>
public sealed record DeleteRequest(Lwm2mPath Path) : ILwm2mRequest
{
    public string Operation => "Delete";

    public CoapMessage ToCoapMessage() => RequestBuilder.Build(CoapCode.Delete, Path.ToUriPath());

    public override string ToString() => $"Delete {Path}";
}
