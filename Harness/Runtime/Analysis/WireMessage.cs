using System.Net;
using Harness.Protocol.Coap;

namespace Harness.Runtime.Analysis;

/// <summary>
/// One CoAP message of a capture's timeline: where and when it was seen, its exact bytes and their strict decoding.
/// A message that breaks a format rule is still in the timeline, with <see cref="Message"/> null and the error in
/// <see cref="Decoded"/>, so that rules can judge it.
/// </summary>
public sealed record WireMessage
{
    /// <summary>Position in the timeline, from 0.</summary>
    public required int Index { get; init; }

    /// <summary>The capture's frame number (from 1, as Wireshark counts) of the frame that completed this message.</summary>
    public required long FrameNumber { get; init; }

    /// <summary>When that frame was captured.</summary>
    public required DateTimeOffset Time { get; init; }

    public required IPEndPoint Source { get; init; }

    public required IPEndPoint Destination { get; init; }

    public required WireTransport Transport { get; init; }

    /// <summary>The CoAP message bytes: the UDP payload, or one RFC 8323 frame.</summary>
    public required ReadOnlyMemory<byte> Bytes { get; init; }

    /// <summary>The strict decoding of <see cref="Bytes"/>.</summary>
    public required CoapDecodeResult Decoded { get; init; }

    /// <summary>The frame's pcapng comment (the harness writes the test step there), if any.</summary>
    public string? Comment { get; init; }

    /// <summary>The decoded message, or null when the bytes break a rule.</summary>
    public CoapMessage? Message => Decoded.IsValid ? Decoded.Message : null;
}
