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

    /// <summary>How traffic is captured: auto (default), live, tap or off.</summary>
    public const string Capture = "capture";

    /// <summary>Environment variable consulted when <see cref="Capture"/> is absent.</summary>
    public const string CaptureEnvironmentVariable = "LWM2M_CAPTURE";

    /// <summary>The root folder of per-test evidence (default: the NUnit work directory's "evidence").</summary>
    public const string Evidence = "evidence";

    /// <summary>Environment variable consulted when <see cref="Evidence"/> is absent.</summary>
    public const string EvidenceEnvironmentVariable = "LWM2M_EVIDENCE";
}
