namespace Harness.Testing.Verdicts;

/// <summary>
/// Thrown to end a test with the Error verdict: the harness or the setup failed, so the DUT is not
/// judged. NUnit reports any exception that is not one of its own as an error.
/// </summary>
public sealed class HarnessErrorException : Exception
{
    public HarnessErrorException()
    {
    }

    public HarnessErrorException(string message)
        : base(message)
    {
    }

    public HarnessErrorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
