using System.Text;
using Harness.Protocol.Coap;

namespace Harness.Protocol.Lwm2m.Messages;

/// <summary>Execute: POST to a resource, with optional arguments as text/plain payload (0='v',1).</summary>
public sealed record ExecuteRequest(Lwm2mPath Path) : ILwm2mRequest
{
    public string Operation => "Execute";

    public IReadOnlyList<ExecuteArgument> Arguments { get; init; } = [];

    public string ArgumentText => string.Join(',', Arguments);

    public CoapMessage ToCoapMessage() => Arguments.Count == 0
        ? RequestBuilder.Build(CoapCode.Post, Path.ToUriPath())
        : RequestBuilder.Build(CoapCode.Post, Path.ToUriPath(), payload: Encoding.UTF8.GetBytes(ArgumentText), contentFormat: ContentFormat.TextPlain);

    public override string ToString() => Arguments.Count == 0 ? $"Execute {Path}" : $"Execute {Path} {ArgumentText}";
}
