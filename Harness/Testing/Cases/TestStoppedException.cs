namespace Harness.Testing.Cases;

/// <summary>Ends a test case early; the check that explains why has already been recorded.</summary>
internal sealed class TestStoppedException : Exception
{
    public TestStoppedException()
    {
    }

    public TestStoppedException(string message)
        : base(message)
    {
    }

    public TestStoppedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
