using Harness.Protocol.Coap;

namespace Harness.Protocol.Lwm2m.Messages;

/// <summary>Read: GET the path; Accept only when the server asks for a particular content format.</summary>
public sealed record ReadRequest(Lwm2mPath Path) : ILwm2mRequest
{
    public string Operation => "Read";

    public int? Accept { get; init; }

    public CoapMessage ToCoapMessage() => RequestBuilder.Build(CoapCode.Get, Path.ToUriPath(), accept: Accept);

    public override string ToString() => $"Read {Path}";
}
