namespace Harness.Runtime.Coap;

/// <summary>Per-request choices of the client side.</summary>
public sealed record CoapRequestOptions
{
    /// <summary>
    /// How long to wait for the response once the request is known to have arrived: after the empty ACK
    /// of a CON, or after sending a NON. Null means MAX_TRANSMIT_WAIT of the endpoint's settings.
    /// </summary>
    public TimeSpan? ResponseTimeout { get; init; }
}
