namespace Harness.Runtime.Dut;

/// <summary>The DUT's settings in the plan cannot be used as written (unknown placeholder, bad template...): a harness-side error.</summary>
public sealed class DutConfigurationException : Exception
{
    public DutConfigurationException()
    {
    }

    public DutConfigurationException(string message)
        : base(message)
    {
    }

    public DutConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
