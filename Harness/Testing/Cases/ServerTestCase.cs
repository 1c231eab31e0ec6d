using System.Runtime.CompilerServices;
using Harness.Runtime.Coap;
using Harness.Runtime.Peers;
using Harness.Testing.Evidence;
using Harness.Testing.Metadata;
using Harness.Testing.Plan;
using Harness.Testing.Suite;
using Harness.Testing.Timing;
using Harness.Testing.Verdicts;
using NUnit.Framework;

namespace Harness.Testing.Cases;

/// <summary>
/// Base of test cases where the harness plays LwM2M Server: per test a fresh <see cref="FakeLwm2mServer"/>
/// on a fresh port, a <see cref="VerdictCollector"/>, numbered steps and checks. A test method hands its
/// steps to <see cref="RunAsync"/>, which also loads the plan, decides applicability, runs the preamble and
/// the postamble, turns timeouts into OutOfTime and harness failures into Error, publishes the verdict to
/// the <see cref="VerdictJournal"/> and maps it to NUnit. The whole life of a test sits in that one call
/// rather than in SetUp/TearDown because NUnit skips TearDown when SetUp throws.
/// </summary>
public abstract partial class ServerTestCase : IAsyncDisposable
{
    private TestPlan? plan;
    private SuiteTimings? timings;
    private FakeLwm2mServer? server;
    private VerdictCollector verdicts = new();
    private TestTimeAccount? timeAccount;

    /// <summary>The plan of the run (valid inside <see cref="RunAsync"/>).</summary>
    protected TestPlan Plan => plan ?? throw NotRunning();

    /// <summary>The folder of the plan, against which its relative paths resolve.</summary>
    protected string PlanDirectory { get; private set; } = Directory.GetCurrentDirectory();

    /// <summary>Deadlines and ETS lifetimes from the plan's IXIT.</summary>
    protected SuiteTimings Timings => timings ?? throw NotRunning();

    /// <summary>The harness's LwM2M Server of this test.</summary>
    protected FakeLwm2mServer Server => server ?? throw NotRunning();

    /// <summary>The checks recorded so far.</summary>
    protected VerdictCollector Verdicts => verdicts;

    /// <summary>The metadata of the running test method.</summary>
    protected TestCaseMetadata? Metadata { get; private set; }

    /// <summary>The ETS step the test is in; checks and timeouts are attributed to it (0: preamble).</summary>
    protected int CurrentStep { get; private set; }

    /// <summary>The time this test has waited for its DUT so far (valid inside <see cref="RunAsync"/>); wrap waits the server does not see in it.</summary>
    protected TestTimeAccount TimeAccount => timeAccount ?? throw NotRunning();

    /// <summary>The clock of the harness; tests of the base classes may inject another.</summary>
    protected virtual TimeProvider Time => TimeProvider.System;

    /// <summary>
    /// Runs one test case: plan, applicability, server, <see cref="PreambleAsync"/>, <paramref name="steps"/>,
    /// <see cref="PostambleAsync"/>; then publishes and reports the verdict. Call it from the [Test] method.
    /// </summary>
    protected async Task RunAsync(Func<Task> steps, [CallerMemberName] string method = "")
    {
        ArgumentNullException.ThrowIfNull(steps);
        var account = timeAccount = new TestTimeAccount(Time);
        var testName = TestContext.CurrentContext.Test.FullName;
        var methodInfo = GetType().GetMethod(method) ?? throw new InvalidOperationException($"{GetType().Name} has no method {method}");
        Metadata = TestCaseMetadataReader.Read(GetType(), methodInfo);
        verdicts = new VerdictCollector(Metadata.RequirementIds, Metadata.SpecClauses.Count > 0 ? Metadata.SpecClauses[0] : null);
        CurrentStep = 0;
        evidence = null;
        dutLog = null;
        var load = LoadPlan();
        if (!load.IsValid)
        {
            verdicts.Record(new VerdictCheck(Verdict.Error, load.Describe()));
        }
        else if (TestApplicability.NotApplicableReason(load.Plan, Metadata) is { } reason)
        {
            verdicts.Record(new VerdictCheck(Verdict.NotApplicable, reason));
        }
        else
        {
            plan = load.Plan;
            PlanDirectory = load.Directory;
            timings = new SuiteTimings(plan.Ixit, plan.Dut.Adapter);
            await RunWithServerAsync(testName, steps).ConfigureAwait(false);
        }

        var verdict = verdicts.Result;
        TestContext.Out.WriteLine(verdict.Describe(verdict.Checks));
        VerdictJournal.Publish(testName, verdict, account.Summarize(), evidence);
        NUnitVerdictMapping.Report(verdict);
    }

    /// <summary>The plan of the run; tests of the base classes override it.</summary>
    protected virtual SuitePlanLoad LoadPlan() => SuitePlan.Current;

    /// <summary>The server's settings; a test that waits longer for held requests (queue mode) adjusts them.</summary>
    protected virtual FakeLwm2mServerSettings ServerSettings() => ServerSettingsFactory.Create(Plan, Timings, Time);

    /// <summary>What has to hold before step 1 (a started DUT, a registration); failures here end the test Inconclusive or Error.</summary>
    protected virtual Task PreambleAsync() => Task.CompletedTask;

    /// <summary>Cleanup after the steps, run whatever happened (stop the DUT, collect evidence).</summary>
    protected virtual Task PostambleAsync() => Task.CompletedTask;

    /// <summary>
    /// Whether a failure of the harness is really the DUT's: a DUT that crashed or hung explains a timeout
    /// better than the timeout itself; a case may also say what a timeout means at one of its steps. Returns the
    /// check to record instead, or null.
    /// </summary>
    protected virtual VerdictCheck? ExplainFailure(Exception failure) => null;

    /// <summary>Enters ETS step <paramref name="number"/>; later checks and timeouts carry it.</summary>
    protected void Step(int number, string description)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        CurrentStep = number;
        stepRecorder?.Begin(number, description, Time.GetUtcNow());
        TestContext.Out.WriteLine($"step {number}: {description}");
    }

    private async Task RunWithServerAsync(string testName, Func<Task> steps)
    {
        stepRecorder = new StepRecorder(Time.GetUtcNow());
        var options = ChooseEvidence();
        try
        {
            server = new FakeLwm2mServer(ServerSettings() with { WaitObserver = TimeAccount });
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bad address in the plan or a port in use: the harness cannot play its part.
            verdicts.Record(new VerdictCheck(Verdict.Error, $"the fake LwM2M Server could not start: {e.Message}") { Step = CurrentStep });
            return;
        }

        var harness = server.LocalEndPoint;
        if (StartCapture(options, harness) is not { } capture)
        {
            await server.DisposeAsync().ConfigureAwait(false);
            server = null;
            return;
        }

        try
        {
            await PreambleAsync().ConfigureAwait(false);
            await steps().ConfigureAwait(false);
        }
        catch (TestStoppedException)
        {
            // The check that stopped the test is recorded.
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            verdicts.Record(ExplainFailure(e) ?? Judge(e));
        }
        finally
        {
            await RunPostambleAsync().ConfigureAwait(false);
            await server.DisposeAsync().ConfigureAwait(false);
            var traffic = server.Traffic;
            TestContext.Out.WriteLine(Lwm2mTrafficText.Describe(traffic));
            server = null;
            await FinishEvidenceAsync(testName, options, capture, harness, traffic).ConfigureAwait(false);
        }
    }

    private async Task RunPostambleAsync()
    {
        try
        {
            await PostambleAsync().ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            verdicts.Record(new VerdictCheck(Verdict.Error, $"postamble failed: {e.Message}") { Step = CurrentStep, Actual = e.ToString() });
        }
    }

    /// <summary>A timeout is OutOfTime naming what was awaited; anything else is the harness's Error.</summary>
    private VerdictCheck Judge(Exception failure) => failure switch
    {
        Lwm2mExpectationTimeoutException timeout => new VerdictCheck(Verdict.OutOfTime, $"no {timeout.Awaited} within the deadline")
        {
            Step = CurrentStep,
            Expected = timeout.Awaited,
            Actual = timeout.ArrivedInstead.Count == 0 ? "nothing" : string.Join("\n      ", timeout.ArrivedInstead),
            Deadline = timeout.Timeout,
        },
        CoapTimeoutException timeout => new VerdictCheck(Verdict.OutOfTime, timeout.Message) { Step = CurrentStep, Actual = "no response" },
        _ => new VerdictCheck(Verdict.Error, $"harness error: {failure.GetType().Name}: {failure.Message}") { Step = CurrentStep, Actual = failure.ToString() },
    };

    /// <summary>Closes a server a test left open (RunAsync closes it itself; this covers an aborted run).</summary>
    public async ValueTask DisposeAsync()
    {
        if (server is { } open)
        {
            server = null;
            await open.DisposeAsync().ConfigureAwait(false);
        }

        await DisposeAsyncCore().ConfigureAwait(false);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases what a derived class holds beyond the server.</summary>
    protected virtual ValueTask DisposeAsyncCore() => ValueTask.CompletedTask;

    private static InvalidOperationException NotRunning() => new("only available while RunAsync runs a test");
}
