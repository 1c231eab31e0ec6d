using System.Globalization;
using System.Text;
using Harness.Testing.Baselines;
using Harness.Testing.Plan;
using Harness.Testing.Suite;
using Classified = Harness.Testing.Baselines.BaselineClassification;
using static Harness.Testing.Verdicts.Verdict;

namespace Harness.Tests.Interop.NodeLib;

/// <summary>
/// The whole suite against lwm2m-node-lib through its own plan (Fixtures/Devices/lwm2m-node-lib/testplan.yaml),
/// run in this process by the suite runner as <c>lwm2m-conformance run</c> does: where the client conforms the
/// case passes, where it departs from LwM2M 1.0 the case fails on the check that sees the departure, and the
/// plan's baseline expects exactly those failures.
/// </summary>
[Category("Interop")]
[Category("NodeLib")]
public sealed class NodeLibSuiteTests
{
    /// <summary>Each case of the plan's selection, and what it must make of lwm2m-node-lib 1.4.0.</summary>
    private static readonly NodeLibExpectation[] Expectations =
    [
        //  case       verdict     step  reason of the deciding check           seen on the wire         baseline
        new("int-101", Pass,       0,    "",                                     "",                      Classified.Pass),
        // Update repeats lwm2m=1.0, which Update does not define (README departure 2).
        new("int-102", Fail,       2,    "the Update carries the new lifetime",  "\"lwm2m=1.0\": unknown", Classified.ExpectedFailure),
        new("int-103", Pass,       0,    "",                                     "",                      Classified.Pass),
        new("int-104", Fail,       2,    "the Update is well-formed",            "\"lwm2m=1.0\": unknown", Classified.ExpectedFailure),
        // 2.05 without a Content-Format option (departure 1).
        new("int-201", Fail,       1,    "Manufacturer comes as text/plain",     "none",                  Classified.ExpectedFailure),
        // A Read with Accept TLV (11542) is dropped unacknowledged (departure 4): the server gives up retransmitting.
        new("int-203", OutOfTime,  1,    "with Accept TLV (11542) is never answered", "no ACK for CON GET /3/0", Classified.ExpectedFailure),
    ];

    [Test]
    [CancelAfter(600_000)]
    public async Task The_suite_passes_where_the_client_conforms_and_fails_on_each_departure_named_in_the_baseline()
    {
        await NodeLibInstallation.EnsureInstalledAsync();
        var loaded = TestPlanLoader.Load(NodeLibInstallation.PlanPath);
        var plan = loaded.PlanOrThrow();
        Assert.That(loaded.BaselinePath, Is.EqualTo(Path.Combine(NodeLibInstallation.Folder, "baseline.yaml")), "the plan names its baseline");
        var baseline = BaselineLoader.Load(loaded.BaselinePath!);
        Assert.That(baseline.Errors, Is.Empty, "the baseline is valid");

        var request = new SuiteRunRequest(typeof(TestCases.Registration.InitialRegistration).Assembly, NodeLibInstallation.PlanPath, plan) { Baseline = baseline.Baseline! };
        var run = new SuiteRunner().Run(request);
        var results = run.Results.ToDictionary(result => ShortId(result.TestCase.EtsIds), StringComparer.Ordinal);

        await TestContext.Out.WriteLineAsync(Table(results));
        Assert.Multiple(() =>
        {
            Assert.That(results.Keys, Is.EquivalentTo(Expectations.Select(expectation => expectation.Case)), "the cases the plan selects");
            foreach (var expectation in Expectations)
            {
                if (results.TryGetValue(expectation.Case, out var result))
                {
                    Assert.That(expectation.Holds(result), Is.True, $"{expectation.Case} must end {expectation}, not {result.Overall} ({result.Classification}):\n{result.Verdict.Describe(result.Verdict.Checks)}");
                }
            }

            Assert.That(run.HasNewFailures, Is.False, "the baseline expects every failure, so `run` exits 0");
            Assert.That(run.UnmatchedBaselineEntries, Is.Empty, "every baseline entry matches a failure");
        });
    }

    /// <summary>The LwM2M 1.0 id (the plan's version) shortened to int-NNN.</summary>
    private static string ShortId(IReadOnlyList<string> etsIds)
    {
        var id = etsIds.FirstOrDefault(ets => ets.StartsWith("LightweightM2M-1.0-", StringComparison.Ordinal)) ?? etsIds[0];
        return id[id.IndexOf("int-", StringComparison.Ordinal)..];
    }

    private static string Table(Dictionary<string, SuiteTestResult> results)
    {
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"{"case",-8} {"verdict",-10} {"baseline",-16} {"as expected",-11} deciding check: reason / actual");
        foreach (var expectation in Expectations)
        {
            if (!results.TryGetValue(expectation.Case, out var result))
            {
                text.Append('\n').Append(CultureInfo.InvariantCulture, $"{expectation.Case,-8} {"did not run",-10}");
                continue;
            }

            var deciding = NodeLibExpectation.Deciding(result);
            string detail = result.Overall == Harness.Testing.Verdicts.Verdict.Pass ? result.DecidingReason : $"step {deciding?.Step}: {deciding?.Reason} / {deciding?.Actual}";
            text.Append('\n').Append(CultureInfo.InvariantCulture, $"{expectation.Case,-8} {result.Overall,-10} {result.Classification,-16} {(expectation.Holds(result) ? "yes" : "NO"),-11} {detail}");
        }

        return text.ToString();
    }
}
