using System.Net;
using Harness.Protocol.Coap;

namespace Harness.Runtime.Coap;

/// <summary>
/// One datagram as it crossed the socket: exact bytes, the remote endpoint, when (from the endpoint's
/// time provider) and its strict decoding, so that a test can judge bytes that the message layer would refuse.
/// </summary>
public sealed class CoapDatagram
{
    public CoapDatagram(CoapDatagramDirection direction, byte[] bytes, IPEndPoint remote, DateTimeOffset time)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        Direction = direction;
        Bytes = bytes;
        Remote = remote;
        Time = time;
        Decoded = CoapUdpCodec.Decode(bytes, CoapDecodeMode.Strict);
    }

    public CoapDatagramDirection Direction { get; }

    public byte[] Bytes { get; }

    /// <summary>The sender of a received datagram, or the destination of a sent one.</summary>
    public IPEndPoint Remote { get; }

    public DateTimeOffset Time { get; }

    public CoapDecodeResult Decoded { get; }

    /// <summary>The strictly decoded message, or null when the bytes break a rule.</summary>
    public CoapMessage? Message => Decoded.IsValid ? Decoded.Message : null;

    public string Hex => Convert.ToHexStringLower(Bytes);

    public override string ToString()
    {
        string arrow = Direction == CoapDatagramDirection.Received ? "from" : "to";
        string content = Message?.ToString() ?? $"undecodable ({Decoded.FirstError}) {Hex}";
        return $"{Time:HH:mm:ss.fff} {arrow} {Remote}: {content}";
    }
}
