using Harness.Testing.Baselines;
using Harness.Testing.Metadata;
using NUnit;
using NUnit.Framework.Api;

namespace Harness.Testing.Suite;

/// <summary>
/// Runs the test cases of an assembly in this process with NUnit's own engine: selects them from the plan, hands
/// them the plan path as the <see cref="SuiteParameters.TestPlan"/> parameter, runs them one after the other,
/// and returns typed results classified against the baseline. Cancelling stops the run after the current test;
/// the results so far are kept.
/// </summary>
public sealed class SuiteRunner
{
    // NUnit keeps the test parameters in a static, and the journal is one static event: one run at a time.
    private static readonly Lock RunGate = new();
    private readonly TimeProvider time;

    public SuiteRunner(TimeProvider? time = null)
    {
        this.time = time ?? TimeProvider.System;
    }

    /// <summary>Runs the selected tests of <paramref name="request"/>; blocks until they finished or the run was stopped.</summary>
    public SuiteRunResult Run(SuiteRunRequest request, ISuiteProgress? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var selection = SuiteSelection.For(request.TestAssembly, request.Plan, request.Filters);
        var toRun = selection.ToRun;
        var startedAt = time.GetUtcNow();
        progress?.RunStarting(selection);

        IReadOnlyList<SuiteTestResult> finished = [];
        if (toRun.Count > 0 && !cancellationToken.IsCancellationRequested)
        {
            finished = Execute(request, toRun, progress, cancellationToken);
        }

        var comparison = request.Baseline.Compare(finished.Select(result => new TestRunResult(result.TestCase, result.Overall)));
        var classified = finished.Zip(comparison.Results, (result, item) => result with
        {
            Classification = item.Classification,
            BaselineEntry = item.Entry,
        }).ToList();
        var finishedIds = classified.Select(result => result.TestCase.Id).ToHashSet(StringComparer.Ordinal);
        var notStarted = toRun.Where(testCase => !finishedIds.Contains(testCase.Id)).ToList();
        return new SuiteRunResult
        {
            Selection = selection,
            Results = classified,
            UnmatchedBaselineEntries = comparison.UnmatchedEntries,
            Cancelled = cancellationToken.IsCancellationRequested && notStarted.Count > 0,
            NotStarted = notStarted,
            StartedAt = startedAt,
            Duration = time.GetUtcNow() - startedAt,
        };
    }

    private static List<SuiteTestResult> Execute(
        SuiteRunRequest request, IReadOnlyList<TestCaseMetadata> toRun, ISuiteProgress? progress, CancellationToken cancellationToken)
    {
        lock (RunGate)
        {
            var runner = new NUnitTestAssemblyRunner(new DefaultTestAssemblyBuilder());
            runner.Load(request.TestAssembly, Settings(request));
            using var listener = new SuiteListener(toRun.ToDictionary(testCase => testCase.Id, StringComparer.Ordinal), progress);
            using (cancellationToken.Register(() => runner.StopRun(force: false)))
            {
                runner.Run(listener, FilterFor(toRun));
            }

            return [.. listener.Results];
        }
    }

    // No work directory setting: NUnit keeps one for the whole process, so a run inside another NUnit run (the
    // tests of this runner) would change it under the tests that follow.
    private static Dictionary<string, object> Settings(SuiteRunRequest request) => new()
    {
        [FrameworkPackageSettings.TestParametersDictionary] = TestParameters(request),
        // One DUT, one test at a time: no parallel dispatcher.
        [FrameworkPackageSettings.NumberOfTestWorkers] = 0,
        // Events on the test's own thread, in order: progress is current, and a stop asked for while a test
        // finishes takes effect before the next one starts.
        [FrameworkPackageSettings.SynchronousEvents] = true,
    };

    private static Dictionary<string, string> TestParameters(SuiteRunRequest request)
    {
        var parameters = new Dictionary<string, string> { [SuiteParameters.TestPlan] = request.PlanPath };
        if (request.Capture is { } capture)
        {
            parameters[SuiteParameters.Capture] = capture;
        }

        if (request.EvidenceRoot is { } evidence)
        {
            parameters[SuiteParameters.Evidence] = Path.GetFullPath(evidence);
        }

        return parameters;
    }

    // A method's full name also selects its parameterised cases, which NUnit nests under it.
    private static FullNameSetFilter FilterFor(IEnumerable<TestCaseMetadata> toRun) => new(toRun.Select(testCase => testCase.Id));
}
