namespace Harness.Runtime.Dut;

/// <summary>A wait on the DUT ran out; the message names what was awaited and for how long.</summary>
public sealed class DutTimeoutException : TimeoutException
{
    public DutTimeoutException()
    {
    }

    public DutTimeoutException(string message)
        : base(message)
    {
    }

    public DutTimeoutException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
