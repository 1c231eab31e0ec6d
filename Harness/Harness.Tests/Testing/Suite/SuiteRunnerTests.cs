using Harness.Testing.Baselines;
using Harness.Testing.Selection;
using Harness.Testing.Suite;
using Harness.Testing.Verdicts;

namespace Harness.Tests.Testing.Suite;

/// <summary>Runs the sample cases (Harness.Tests.SampleCases) through a nested NUnit run.</summary>
public sealed class SuiteRunnerTests
{
    private const string Ets = "LightweightM2M-1.1-int-";
    private SamplePlan plan = null!;

    [SetUp]
    public void WritePlan() => plan = new SamplePlan();

    [TearDown]
    public void DeletePlan() => plan.Dispose();

    [Test]
    public void Each_selected_case_gets_the_verdict_it_published()
    {
        var run = new SuiteRunner().Run(plan.Request());

        var verdicts = run.Results.ToDictionary(result => result.FullName, result => result.Overall);
        var prefix = "Harness.Tests.SampleCases.RegistrationSamples.";
        Assert.That(verdicts, Is.EquivalentTo(new Dictionary<string, Verdict>
        {
            [prefix + "Passes"] = Verdict.Pass,
            [prefix + "Fails"] = Verdict.Fail,
            [prefix + "MissesDeadline"] = Verdict.OutOfTime,
            [prefix + "NotApplicableAtRunTime"] = Verdict.NotApplicable,
            [prefix + "Throws"] = Verdict.Error,
            [prefix + "Parameterized(1)"] = Verdict.Pass,
            [prefix + "Parameterized(2)"] = Verdict.Pass,
            ["Harness.Tests.SampleCases.DeviceManagementSamples.PassesWithoutPublishing"] = Verdict.Pass,
            ["Harness.Tests.SampleCases.TearDownSamples.PassesThenTearDownThrows"] = Verdict.Error,
        }));
        Assert.That(run.Cancelled, Is.False);
        Assert.That(run.NotStarted, Is.Empty);
    }

    [Test]
    public void Published_checks_and_metadata_come_through()
    {
        var run = new SuiteRunner().Run(plan.Request());

        var fails = run.Results.Single(result => result.TestCase.EtsIds.Contains(Ets + "102"));
        Assert.That(fails.Published, Is.True);
        Assert.That(fails.Verdict.Checks.Single().Expected, Is.EqualTo("lt=30"));
        Assert.That(fails.Verdict.Checks.Single().Actual, Is.EqualTo("lt=60"));
        Assert.That(fails.DecidingReason, Is.EqualTo("the sample lifetime differs"));
        var late = run.Results.Single(result => result.TestCase.EtsIds.Contains(Ets + "103"));
        Assert.That(late.Verdict.Checks.Single().Deadline, Is.EqualTo(TimeSpan.FromSeconds(2)));
        var passes = run.Results.Single(result => result.TestCase.EtsIds.Contains(Ets + "101"));
        Assert.That(passes.Title, Is.EqualTo("Passes and echoes the plan parameter"));
        Assert.That(passes.TestCase.Interface, Is.EqualTo("Registration"));
    }

    [Test]
    public void The_plan_path_reaches_the_tests_as_a_parameter()
    {
        var run = new SuiteRunner().Run(plan.Request());

        var passes = run.Results.Single(result => result.TestCase.EtsIds.Contains(Ets + "101"));
        Assert.That(passes.Output, Does.Contain("plan=" + plan.Path));
    }

    [Test]
    public void A_test_that_throws_without_a_verdict_is_an_Error_naming_the_exception()
    {
        var run = new SuiteRunner().Run(plan.Request());

        var throws = run.Results.Single(result => result.TestCase.EtsIds.Contains(Ets + "105"));
        Assert.That(throws.Published, Is.False);
        Assert.That(throws.DecidingReason, Does.Contain("InvalidOperationException").And.Contain("sample harness breakage"));
        var plain = run.Results.Single(result => result.TestCase.EtsIds.Contains(Ets + "203"));
        Assert.That(plain.Published, Is.False);
        Assert.That(plain.Overall, Is.EqualTo(Verdict.Pass));
    }

    [Test]
    public void A_failing_teardown_makes_a_published_pass_an_Error()
    {
        var run = new SuiteRunner().Run(plan.Request());

        var result = run.Results.Single(result => result.TestCase.EtsIds.Contains(Ets + "107"));
        Assert.That(result.Published, Is.True);
        Assert.That(result.Verdict.Checks.Select(check => check.Verdict), Is.EqualTo(new[] { Verdict.Pass, Verdict.Error }));
        Assert.That(result.DecidingReason, Does.StartWith("after its verdict was published").And.Contain("sample teardown breakage"));
    }

    [Test]
    public void Cases_the_plan_keeps_out_do_not_run_and_say_why()
    {
        var run = new SuiteRunner().Run(plan.Request());

        var notRun = run.Selection.NotRun.ToDictionary(decision => decision.TestCase.EtsIds.Single(), decision => decision);
        Assert.That(notRun.Keys, Is.EquivalentTo(new[] { Ets + "201", Ets + "202", Ets + "110" }));
        Assert.That(notRun[Ets + "201"].Outcome, Is.EqualTo(SelectionOutcome.NotApplicable));
        Assert.That(notRun[Ets + "201"].Reason, Does.Contain("5"));
        Assert.That(notRun[Ets + "202"].Outcome, Is.EqualTo(SelectionOutcome.Excluded));
        Assert.That(notRun[Ets + "202"].Reason, Does.Contain("selection.exclude.tags \"slow\""));
        Assert.That(run.Results.SelectMany(result => result.TestCase.EtsIds), Has.None.EqualTo(Ets + "201").And.None.EqualTo(Ets + "202"));
    }

    [Test]
    public void Filters_narrow_the_run_to_the_named_cases()
    {
        var run = new SuiteRunner().Run(plan.Request(null, Ets + "101", "*.Parameterized"));

        Assert.That(run.Results.Select(result => result.FullName), Is.EquivalentTo(new[]
        {
            "Harness.Tests.SampleCases.RegistrationSamples.Passes",
            "Harness.Tests.SampleCases.RegistrationSamples.Parameterized(1)",
            "Harness.Tests.SampleCases.RegistrationSamples.Parameterized(2)",
        }));
        var fails = run.Selection.Decisions.Single(decision => decision.TestCase.EtsIds.Contains(Ets + "102"));
        Assert.That(fails.Outcome, Is.EqualTo(SelectionOutcome.Excluded));
        Assert.That(fails.Reason, Does.Contain("--filter"));
    }

    [Test]
    public void Nothing_selected_runs_nothing_and_is_not_a_failure()
    {
        var run = new SuiteRunner().Run(plan.Request(null, "LightweightM2M-9.9-int-999"));

        Assert.That(run.Results, Is.Empty);
        Assert.That(run.Selection.ToRun, Is.Empty);
        Assert.That(run.HasNewFailures, Is.False);
        Assert.That(run.Cancelled, Is.False);
    }

    [Test]
    public void Results_are_classified_against_the_baseline()
    {
        var baseline = new Baseline(
        [
            new BaselineEntry { Test = Ets + "101", Reason = "used to fail" },
            new BaselineEntry { Test = Ets + "102", Reason = "known lifetime bug" },
            new BaselineEntry { Test = Ets + "999", Reason = "not in this suite" },
        ]);

        var run = new SuiteRunner().Run(plan.Request(baseline));

        BaselineClassification Of(string ets) => run.Results.Single(result => result.TestCase.EtsIds.Contains(ets)).Classification;
        Assert.That(Of(Ets + "101"), Is.EqualTo(BaselineClassification.Fixed));
        Assert.That(Of(Ets + "102"), Is.EqualTo(BaselineClassification.ExpectedFailure));
        Assert.That(Of(Ets + "103"), Is.EqualTo(BaselineClassification.NewFailure));
        Assert.That(Of(Ets + "104"), Is.EqualTo(BaselineClassification.NotJudged));
        Assert.That(run.Results.Single(result => result.TestCase.EtsIds.Contains(Ets + "102")).BaselineEntry?.Reason, Is.EqualTo("known lifetime bug"));
        Assert.That(run.UnmatchedBaselineEntries.Select(entry => entry.Test), Is.EqualTo(new[] { Ets + "999" }));
        Assert.That(run.HasNewFailures, Is.True);
    }

    [Test]
    public void A_baseline_covering_every_failure_leaves_no_new_failure()
    {
        var baseline = new Baseline([.. new[] { "102", "103", "105", "107" }.Select(id => new BaselineEntry { Test = Ets + id, Reason = "known" })]);

        var run = new SuiteRunner().Run(plan.Request(baseline));

        Assert.That(run.HasNewFailures, Is.False);
        Assert.That(run.Results.Count(result => result.Classification == BaselineClassification.ExpectedFailure), Is.EqualTo(4));
    }

    [Test]
    public void Progress_hears_every_start_and_finish_in_order()
    {
        var progress = new RecordingProgress();

        var run = new SuiteRunner().Run(plan.Request(), progress);

        Assert.That(progress.Starts, Has.Count.EqualTo(1));
        Assert.That(progress.Starts[0].ToRun, Has.Count.EqualTo(8));
        var expected = run.Results.SelectMany(result => new[] { "start " + result.FullName, "end " + result.FullName });
        Assert.That(progress.Events, Is.EqualTo(expected));
    }

    [Test]
    public void Cancelling_stops_after_the_running_test_and_keeps_its_result()
    {
        using var cancel = new CancellationTokenSource();
        var progress = new RecordingProgress(cancel, finishedBeforeCancel: 2);

        var run = new SuiteRunner().Run(plan.Request(), progress, cancel.Token);

        Assert.That(run.Cancelled, Is.True);
        Assert.That(run.Results, Has.Count.EqualTo(2), () => string.Join("\n", run.Results.Select(result => $"{result.FullName} {result.Overall} {result.DecidingReason}")));
        Assert.That(run.NotStarted, Has.Count.EqualTo(run.Selection.ToRun.Count - 2));
        Assert.That(progress.Events.Count(item => item.StartsWith("start ", StringComparison.Ordinal)), Is.EqualTo(2));
    }

    [Test]
    public void A_run_leaves_the_callers_NUnit_context_alone()
    {
        var workDirectory = TestContext.CurrentContext.WorkDirectory;
        var testName = TestContext.CurrentContext.Test.FullName;

        new SuiteRunner().Run(plan.Request());

        Assert.That(TestContext.CurrentContext.WorkDirectory, Is.EqualTo(workDirectory));
        Assert.That(TestContext.CurrentContext.Test.FullName, Is.EqualTo(testName));
    }

    [Test]
    public void A_run_cancelled_before_it_starts_runs_nothing()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        var run = new SuiteRunner().Run(plan.Request(), null, cancel.Token);

        Assert.That(run.Results, Is.Empty);
        Assert.That(run.Cancelled, Is.True);
        Assert.That(run.NotStarted, Has.Count.EqualTo(8));
    }
}
