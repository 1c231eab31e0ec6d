using System.Net;

namespace Harness.Runtime.Coap;

/// <summary>How a <see cref="CoapUdpEndpoint"/> is bound and behaves; every member has a usable default.</summary>
public sealed record CoapUdpEndpointOptions
{
    /// <summary>Loopback with an ephemeral port unless a test needs a fixed one.</summary>
    public IPEndPoint LocalEndPoint { get; init; } = new(IPAddress.Loopback, 0);

    public CoapTransmissionSettings Settings { get; init; } = CoapTransmissionSettings.Default;

    /// <summary>Source of all timers and timestamps; tests pass a fake one to drive back-off by hand.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Draws initial retransmission timeouts, message ids and tokens; tests may pin it.</summary>
    public Random Random { get; init; } = Random.Shared;

    /// <summary>Serves incoming requests; without one every request is answered 4.04 Not Found.</summary>
    public CoapRequestHandler? RequestHandler { get; init; }

    /// <summary>Length of generated tokens, 0..8 bytes (RFC 7252 §5.3.1).</summary>
    public int TokenLength { get; init; } = 4;

    /// <summary>Where incoming datagrams go at start: the message layer, or the raw queue for hand-made answers.</summary>
    public CoapReceiveMode ReceiveMode { get; init; } = CoapReceiveMode.MessageLayer;
}
