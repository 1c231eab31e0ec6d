namespace Harness.Runtime.Coap.Tcp;

/// <summary>A deadline passed; <see cref="Awaited"/> says what was being waited for.</summary>
public sealed class CoapTcpTimeoutException : TimeoutException
{
    public CoapTcpTimeoutException()
        : this("an event", TimeSpan.Zero)
    {
    }

    public CoapTcpTimeoutException(string message)
        : base(message)
    {
        Awaited = message;
    }

    public CoapTcpTimeoutException(string message, Exception innerException)
        : base(message, innerException)
    {
        Awaited = message;
    }

    public CoapTcpTimeoutException(string awaited, TimeSpan deadline)
        : base($"No {awaited} within {deadline.TotalMilliseconds:0} ms")
    {
        Awaited = awaited;
        Deadline = deadline;
    }

    public string Awaited { get; }

    public TimeSpan Deadline { get; }
}
