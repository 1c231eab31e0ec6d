using Harness.Protocol.Coap;

namespace Harness.Protocol.Lwm2m.Messages;

/// <summary>Cancel Observation (active): GET with Observe 1 and the observation's token.</summary>
public sealed record CancelObservationRequest(Lwm2mPath Path, ReadOnlyMemory<byte> Token) : ILwm2mRequest
{
    public string Operation => "Cancel Observation";

    public int? Accept { get; init; }

    public CoapMessage ToCoapMessage() => RequestBuilder.Build(CoapCode.Get, Path.ToUriPath(), accept: Accept, observe: 1).WithToken(Token);

    public override string ToString() => $"Cancel Observation {Path} token={Convert.ToHexStringLower(Token.Span)}";
}
