namespace Harness.Testing.Reporting.Allure;

/// <summary>The statuses Allure knows; written in lower case ("passed", "failed", ...).</summary>
public enum AllureStatus
{
    /// <summary>The requirement was met.</summary>
    Passed,

    /// <summary>The DUT did not do what was required (an assertion about the DUT failed).</summary>
    Failed,

    /// <summary>The test itself could not judge the DUT (harness or setup error).</summary>
    Broken,

    /// <summary>Nothing was judged.</summary>
    Skipped,

    /// <summary>Judged, but without a conclusion either way.</summary>
    Unknown,
}
