using System.Net;

namespace Harness.Runtime.Coap;

/// <summary>One registered observer of a resource: who, with which token, since when (RFC 7641 §4.1).</summary>
public sealed record CoapObserver(IPEndPoint Peer, ReadOnlyMemory<byte> Token, DateTimeOffset RegisteredAt)
{
    public string TokenHex => Convert.ToHexStringLower(Token.Span);

    public override string ToString() => $"{Peer} token={TokenHex}";
}
