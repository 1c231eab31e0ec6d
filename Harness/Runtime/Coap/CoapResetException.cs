namespace Harness.Runtime.Coap;

/// <summary>The peer rejected one of our messages with a matching RST (RFC 7252 §4.2, §4.3).</summary>
public sealed class CoapResetException : Exception
{
    public CoapResetException()
    {
    }

    public CoapResetException(string message)
        : base(message)
    {
    }

    public CoapResetException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
