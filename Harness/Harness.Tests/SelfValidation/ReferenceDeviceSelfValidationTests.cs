using System.Globalization;
using System.Text;
using Harness.Testing.Plan;
using Harness.Testing.Suite;
using Harness.Testing.Verdicts;
using Harness.Tests.Support;
using static Harness.Testing.Verdicts.Verdict;

namespace Harness.Tests.SelfValidation;

/// <summary>
/// Self-validation: every test case against the reference device, started through the process adapter
/// with the default plan, must pass; then, for each named fault of the device, the cases that claim the
/// fault must catch it with the expected check while every other case still passes.
/// </summary>
[Category("SelfValidation")]
public sealed class ReferenceDeviceSelfValidationTests
{
    /// <summary>Which case catches which fault, and how. Cases a fault does not name must Pass.</summary>
    private static readonly FaultClaim[] Claims =
    [
        //  fault                        case       verdict       step  reason of the deciding check
        new("missing-endpoint",          "int-101", Fail,         1,    "well-formed"),
        new("missing-endpoint",          "*",       Inconclusive, 0,    "Register is malformed"),
        new("wrong-endpoint",            "int-101", Fail,         1,    "ep is the Endpoint Client Name"),
        new("wrong-endpoint",            "int-105", Fail,         3,    "with its Endpoint Client Name"),
        new("missing-version",           "int-101", Fail,         1,    "lwm2m is 1.1"),
        // Without lwm2m= a Register is 1.0, where queue mode is b=UQ and Q is no parameter: the preamble cannot register it.
        new("missing-version",           "int-108", Inconclusive, 0,    "Register is malformed"),
        new("missing-version",           "int-109", Inconclusive, 0,    "Register is malformed"),
        new("malformed-links",           "int-101", Fail,         1,    "well-formed"),
        // Live, the other cases cannot register the malformed Register (Inconclusive); the wire analysis fails it:
        // its payload is labelled link-format and does not parse as that.
        new("malformed-links",           "*",       Fail,         0,    "wire [WIRE-CONTENT-FORMAT]"),
        new("late-update",               "int-102", OutOfTime,    3,    "Update"),
        new("late-update",               "int-104", OutOfTime,    3,    "Update"),
        new("late-update",               "int-107", OutOfTime,    4,    "Update"),
        new("late-update",               "int-109", OutOfTime,    5,    "Update"),
        new("no-deregister",             "int-103", OutOfTime,    2,    "De-register"),
        new("ignore-not-found",          "int-105", OutOfTime,    3,    "Register"),
        new("wrong-update-location",     "int-102", Fail,         2,    "addresses the location"),
        new("wrong-update-location",     "int-104", Fail,         2,    "addresses the location"),
        new("wrong-update-location",     "int-107", Fail,         3,    "addresses the location"),
        new("wrong-update-location",     "int-109", Fail,         2,    "addresses the location"),
        // int-105 does not judge the Update's path live; the wire analysis does. The Update answers step 1's
        // Execute and may reach the wire before step 2 begins, hence any step.
        new("wrong-update-location",     "int-105", Fail,         null, "wire [WIRE-LOCATION]"),
        new("wrong-read-content-format", "int-201", Fail,         1,    "comes as text/plain"),
        // The device mislabels plain-text answers only; its TLV answers stay right, so int-203 passes.
        new("wrong-lifetime",            "int-101", Fail,         1,    "lt is the lifetime"),
        new("wrong-lifetime",            "int-107", Fail,         1,    "the Register carries the configured lifetime"),
        new("lists-security-object",     "int-101", Fail,         1,    "omits the Security (0)"),
        new("no-queue-flag",             "int-108", Fail,         1,    "asks for queue mode"),
        // int-109 needs a queue-mode registration to start from; its preamble check fails on the missing flag.
        new("no-queue-flag",             "int-109", Fail,         0,    "the DUT registered in queue mode"),
        new("incomplete-device-instance", "int-203", Fail,        2,    "resource 16 (Supported Binding and Modes)"),
    ];

    private static IEnumerable<string> Faults => Claims.Select(claim => claim.Fault).Distinct(StringComparer.Ordinal);

    [Test]
    public void Every_case_passes_against_the_reference_device_with_the_default_plan()
    {
        var verdicts = RunAll(fault: null);

        TestContext.Out.WriteLine(Matrix([("none", verdicts)]));
        Assert.That(verdicts, Has.Count.EqualTo(10), "every case ran");
        Assert.Multiple(() =>
        {
            foreach (var (testCase, verdict) in verdicts)
            {
                Assert.That(verdict.Overall, Is.EqualTo(Pass), $"{testCase}:\n{verdict.Describe(verdict.Failures)}");
            }
        });
    }

    [Test]
    public void Each_fault_is_caught_by_the_cases_that_claim_it_while_the_others_pass()
    {
        var rows = new List<(string Fault, IReadOnlyDictionary<string, TestVerdict> Verdicts)>();
        foreach (var fault in Faults)
        {
            rows.Add((fault, RunAll(fault)));
        }

        TestContext.Out.WriteLine(Matrix(rows));
        Assert.Multiple(() =>
        {
            foreach (var (fault, verdicts) in rows)
            {
                Assert.That(verdicts, Has.Count.EqualTo(10), $"{fault}: every case ran");
                foreach (var (testCase, verdict) in verdicts)
                {
                    var claim = ClaimFor(fault, testCase);
                    if (claim is null)
                    {
                        Assert.That(verdict.Overall, Is.EqualTo(Pass), $"{fault} × {testCase} must pass:\n{verdict.Describe(verdict.Failures)}");
                    }
                    else
                    {
                        Assert.That(claim.Holds(verdict), Is.True, $"{fault} × {testCase} must end {claim}:\n{verdict.Describe(verdict.Checks)}");
                    }
                }
            }
        });
    }

    private static FaultClaim? ClaimFor(string fault, string testCase) =>
        Claims.FirstOrDefault(claim => claim.Fault == fault && claim.Case == testCase)
        ?? Claims.FirstOrDefault(claim => claim.Fault == fault && claim.Case == FaultClaim.EveryOtherCase);

    /// <summary>Runs every case of TestCases.dll with the default plan, its command given <c>--fault NAME</c> when a fault is named.</summary>
    private static Dictionary<string, TestVerdict> RunAll(string? fault)
    {
        var folder = Path.Combine(Path.GetTempPath(), "selfvalidation-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var text = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "testplan.yaml"));
            if (fault is not null)
            {
                text = string.Join('\n', text.Split('\n').Select(line => line.TrimStart().StartsWith("command:", StringComparison.Ordinal) ? $"{line} --fault {fault}" : line));
            }

            var path = Path.Combine(folder, "testplan.yaml");
            File.WriteAllText(path, text);
            var plan = TestPlanLoader.Load(path).PlanOrThrow();
            var run = new SuiteRunner().Run(new SuiteRunRequest(typeof(TestCases.Registration.InitialRegistration).Assembly, path, plan));
            return run.Results.ToDictionary(result => ShortId(result.TestCase.EtsIds[0]), result => result.Verdict, StringComparer.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string ShortId(string etsId) => etsId[(etsId.IndexOf("int-", StringComparison.Ordinal))..];

    private static string Matrix(List<(string Fault, IReadOnlyDictionary<string, TestVerdict> Verdicts)> rows)
    {
        var cases = rows.SelectMany(row => row.Verdicts.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{"fault",-26}");
        foreach (var testCase in cases)
        {
            text.Append(CultureInfo.InvariantCulture, $" {testCase,-13}");
        }

        foreach (var (fault, verdicts) in rows)
        {
            text.Append('\n').Append(CultureInfo.InvariantCulture, $"{fault,-26}");
            foreach (var testCase in cases)
            {
                var cell = verdicts.TryGetValue(testCase, out var verdict) ? verdict.Overall.ToString() : "-";
                var expected = fault == "none" ? null : ClaimFor(fault, testCase);
                bool asClaimed = verdict is not null && (expected is null ? verdict.Overall == Pass : expected.Holds(verdict));
                text.Append(CultureInfo.InvariantCulture, $" {cell + (asClaimed ? string.Empty : "!"),-13}");
            }
        }

        return text.Append("\n(! marks a cell that is not as claimed)").ToString();
    }
}
