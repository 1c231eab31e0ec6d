namespace Harness.Runtime.Coap;

/// <summary>Who handles incoming datagrams of an endpoint.</summary>
public enum CoapReceiveMode
{
    /// <summary>Reliability, deduplication, matching and the request handler (RFC 7252 §4, §5).</summary>
    MessageLayer,

    /// <summary>Nothing is answered automatically; datagrams wait in the raw queue for the test.</summary>
    Raw,
}
