namespace Harness.Runtime.Coap;

/// <summary>A wait of the CoAP runtime ran out; the message names what was awaited, from whom, and for how long.</summary>
public sealed class CoapTimeoutException : TimeoutException
{
    public CoapTimeoutException()
    {
    }

    public CoapTimeoutException(string message)
        : base(message)
    {
    }

    public CoapTimeoutException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
