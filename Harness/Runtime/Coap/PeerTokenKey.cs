using System.Net;

namespace Harness.Runtime.Coap;

/// <summary>Responses match requests by token and remote endpoint (RFC 7252 §5.3.2); the token as hex keeps equality simple.</summary>
internal readonly record struct PeerTokenKey(IPEndPoint Peer, string TokenHex)
{
    public static PeerTokenKey Of(IPEndPoint peer, ReadOnlyMemory<byte> token) => new(peer, Convert.ToHexStringLower(token.Span));
}
