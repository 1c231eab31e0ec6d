using Harness.Protocol.Coap;

namespace Harness.Protocol.Lwm2m.Messages;

/// <summary>Observe: GET with Observe 0; the token identifies the observation from then on.</summary>
public sealed record ObserveRequest(Lwm2mPath Path) : ILwm2mRequest
{
    public string Operation => "Observe";

    public int? Accept { get; init; }

    public CoapMessage ToCoapMessage() => RequestBuilder.Build(CoapCode.Get, Path.ToUriPath(), accept: Accept, observe: 0);

    public override string ToString() => $"Observe {Path}";
}
