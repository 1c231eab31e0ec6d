namespace Harness.Runtime.Dut;

/// <summary>The DUT could not be launched, or it exited before it was ready; the message says which and shows its last output.</summary>
public sealed class DutStartException : Exception
{
    public DutStartException()
    {
    }

    public DutStartException(string message)
        : base(message)
    {
    }

    public DutStartException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
