using Harness.Testing.Metadata;

namespace Harness.Testing.Reporting.Allure;

/// <summary>
/// The severity label of a test, from the requirements it declares. Static conformance ids end in -M (mandatory:
/// a MUST of the TS) or -O (optional). A test that checks at least one mandatory item is "critical": failing it
/// fails certification. Tests of optional items only, or of seed requirement ids alone (they carry no level), are
/// "normal"; a test that declares no requirement is "minor".
/// </summary>
public static class AllureSeverity
{
    public const string Critical = "critical";
    public const string Normal = "normal";
    public const string Minor = "minor";

    public static string Of(TestCaseMetadata testCase)
    {
        ArgumentNullException.ThrowIfNull(testCase);
        if (testCase.RequirementIds.Count == 0)
        {
            return Minor;
        }

        return testCase.RequirementIds.Any(IsMandatory) ? Critical : Normal;
    }

    private static bool IsMandatory(string id) =>
        ConformanceIds.IsStaticConformanceId(id) && id.EndsWith("-M", StringComparison.Ordinal);
}
