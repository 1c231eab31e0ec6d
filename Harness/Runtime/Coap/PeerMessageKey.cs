using System.Net;

namespace Harness.Runtime.Coap;

/// <summary>A message id is only meaningful together with the remote endpoint (RFC 7252 §4.5).</summary>
internal readonly record struct PeerMessageKey(IPEndPoint Peer, ushort MessageId);
