namespace Harness.Runtime.Coap.Tcp;

/// <summary>The connection ended while something was sent or awaited on it.</summary>
public sealed class CoapTcpClosedException : InvalidOperationException
{
    public CoapTcpClosedException()
        : this("The connection is closed")
    {
    }

    public CoapTcpClosedException(string message)
        : base(message)
    {
    }

    public CoapTcpClosedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public CoapTcpClosedException(string awaited, CoapTcpClosure closure)
        : base($"Connection closed ({closure}) while {awaited}")
    {
        Closure = closure;
    }

    public CoapTcpClosure? Closure { get; }
}
