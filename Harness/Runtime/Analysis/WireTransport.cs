namespace Harness.Runtime.Analysis;

/// <summary>How a CoAP message travelled: one UDP datagram (RFC 7252) or a frame in a reassembled TCP stream (RFC 8323).</summary>
public enum WireTransport
{
    Udp,
    Tcp,
}
