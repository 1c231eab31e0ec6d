namespace Harness.Testing.Suite;

/// <summary>
/// Names of the NUnit test parameters through which whoever runs the test cases (the command-line tool,
/// or <c>dotnet test</c> with <c>-- TestRunParameters</c>) tells them what to test.
/// </summary>
public static class SuiteParameters
{
    /// <summary>Absolute path of the test plan (testplan.yaml) describing the DUT.</summary>
    public const string TestPlan = "testplan";

    /// <summary>Environment variable consulted when the test parameter is absent.</summary>
    public const string TestPlanEnvironmentVariable = "LWM2M_TESTPLAN";
}
