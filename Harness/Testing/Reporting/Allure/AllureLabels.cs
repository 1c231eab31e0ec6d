using Harness.Testing.Suite;

namespace Harness.Testing.Reporting.Allure;

/// <summary>
/// The labels of a result: epic = LwM2M interface, feature = the test class's area, story = each ETS id, tag = each
/// requirement id and NUnit category, severity (<see cref="AllureSeverity"/>), suites (LwM2M version and role /
/// interface / class), host, thread, framework, language, and our verdict (<see cref="AllureVerdictMapping.VerdictLabel"/>).
/// </summary>
internal static class AllureLabels
{
    public static IReadOnlyList<AllureLabel> For(SuiteTestResult result, AllureRunInfo run, string thread)
    {
        var testCase = result.TestCase;
        var (package, className, method) = Split(testCase.Id);
        var area = Words(className);
        var labels = new List<AllureLabel>
        {
            new("epic", testCase.Interface ?? "Unspecified interface"),
            new("feature", area),
        };
        labels.AddRange(testCase.EtsIds.Select(id => new AllureLabel("story", id)));
        labels.AddRange(testCase.RequirementIds.Concat(testCase.Tags).Distinct(StringComparer.Ordinal).Select(tag => new AllureLabel("tag", tag)));
        labels.AddRange(
        [
            new("severity", AllureSeverity.Of(testCase)),
            new("parentSuite", $"LwM2M {run.Lwm2mVersion} {run.Dut}"),
            new("suite", testCase.Interface ?? "Unspecified interface"),
            new("subSuite", area),
            new("host", run.Host),
            new("thread", thread),
            new("framework", "nunit"),
            new("language", "csharp"),
            new("package", package),
            new("testClass", string.IsNullOrEmpty(package) ? className : $"{package}.{className}"),
            new("testMethod", method),
            new(AllureVerdictMapping.VerdictLabel, result.Overall.ToString()),
        ]);
        return labels;
    }

    // "TestCases.Registration.InitialRegistration.Registers" → ("TestCases.Registration", "InitialRegistration", "Registers").
    private static (string Package, string Class, string Method) Split(string id)
    {
        var methodDot = id.LastIndexOf('.');
        if (methodDot <= 0)
        {
            return (string.Empty, id, id);
        }

        var classDot = id.LastIndexOf('.', methodDot - 1);
        return (classDot < 0 ? string.Empty : id[..classDot], id[(classDot + 1)..methodDot], id[(methodDot + 1)..]);
    }

    // "InitialRegistration" → "Initial registration".
    private static string Words(string name)
    {
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (i > 0 && char.IsUpper(c) && !char.IsUpper(name[i - 1]))
            {
                text.Append(' ').Append(char.ToLowerInvariant(c));
            }
            else
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }
}
