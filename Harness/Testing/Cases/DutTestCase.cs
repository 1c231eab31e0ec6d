using System.Globalization;
using Harness.Runtime.Dut;
using Harness.Testing.Suite;
using Harness.Testing.Verdicts;
using NUnit.Framework;

namespace Harness.Testing.Cases;

/// <summary>
/// A test case with a DUT started through the plan's adapter for this test only, configured to register
/// with this test's fake server. The postamble stops it and prints its evidence (console output,
/// stimuli, lifecycle); a DUT that cannot start, crashes or hangs makes the test an Error with that evidence.
/// </summary>
public abstract class DutTestCase : ServerTestCase
{
    private IDutAdapter? dut;
    private DutConfiguration? configuration;

    /// <summary>The adapter driving the DUT of this test.</summary>
    protected IDutAdapter Dut => dut ?? throw new InvalidOperationException("the DUT is not started; call StartDutAsync first");

    /// <summary>What the DUT was started with (server URI, endpoint, lifetime, extra placeholders).</summary>
    protected DutConfiguration Configuration => configuration ?? throw new InvalidOperationException("the DUT is not started");

    /// <summary>The endpoint client name the DUT was configured with.</summary>
    protected string Endpoint => Configuration.Endpoint;

    /// <summary>How this test needs the DUT configured; by default the IXIT lifetime, UDP, no queue mode.</summary>
    protected virtual DutOptions Options => new(Timings.Lifetime);

    protected override Task PreambleAsync() => StartDutAsync();

    /// <summary>Starts the DUT with this test's configuration; a DUT that cannot be started ends the test (Error, or Inconclusive when refused).</summary>
    protected async Task StartDutAsync()
    {
        var options = Options;
        if (options.QueueMode && DutAdapterFactory.CanConfigureQueueMode(Plan) is { } cannot)
        {
            Stop(Verdict.Inconclusive, $"preamble: the DUT must run in queue mode, but {cannot}");
        }

        dut = DutAdapterFactory.Create(Plan, PlanDirectory, Timings, options.QueueMode, Time);
        configuration = ConfigurationFor(options);
        DutActionResult started;
        try
        {
            started = await TimeAccount.WaitAsync("the DUT to start", () => dut.StartAsync(configuration)).ConfigureAwait(false);
        }
        catch (Exception e) when (e is DutStartException or DutConfigurationException or DutTimeoutException)
        {
            Stop(Verdict.Error, $"preamble: the DUT did not start: {e.Message}", dut.Evidence.ToText());
            return;
        }

        if (!started.IsDone)
        {
            Stop(Verdict.Inconclusive, $"preamble: the DUT was not started: {started}", dut.Evidence.ToText());
        }
    }

    /// <summary>Applies a stimulus from the plan; one the adapter cannot apply ends the test Inconclusive.</summary>
    protected async Task StimulusAsync(string name, IReadOnlyDictionary<string, string>? arguments = null)
    {
        var result = await TimeAccount.WaitAsync($"stimulus {name}", () => Dut.SendStimulusAsync(name, arguments)).ConfigureAwait(false);
        if (!result.IsDone)
        {
            Stop(Verdict.Inconclusive, $"stimulus '{name}' could not be applied: {result}");
        }
    }

    protected override async Task PostambleAsync()
    {
        if (dut is not { } running)
        {
            return;
        }

        var before = running.State;
        // A DUT may de-register when told to quit; answer it so that quitting does not wait for retransmissions.
        using var stopped = new CancellationTokenSource();
        var farewell = AnswerFarewellAsync(stopped.Token);
        DutState after;
        try
        {
            await TimeAccount.WaitAsync("the DUT to stop", () => running.StopAsync()).ConfigureAwait(false);
            after = running.State;
        }
        finally
        {
            await stopped.CancelAsync().ConfigureAwait(false);
            await farewell.ConfigureAwait(false);
            var log = running.Evidence.ToText();
            RecordDutLog(log);
            TestContext.Out.WriteLine("DUT evidence:\n" + log);
        }

        dut = null;
        await TimeAccount.WaitAsync("the DUT to be released", () => running.DisposeAsync().AsTask()).ConfigureAwait(false);
        if (before.Status == DutRunStatus.Crashed || after.Status is DutRunStatus.Crashed or DutRunStatus.Hung)
        {
            var state = before.Status == DutRunStatus.Crashed ? before : after;
            Verdicts.Record(new VerdictCheck(Verdict.Error, $"the DUT {state.Status.ToString().ToLowerInvariant()}: {state.Detail}")
            {
                Step = CurrentStep,
                Actual = string.Join('\n', running.Evidence.LastOutputLines(20)),
            });
        }
    }

    protected override VerdictCheck? ExplainFailure(Exception failure) =>
        dut?.State is { Status: DutRunStatus.Crashed or DutRunStatus.Hung } state
            ? new VerdictCheck(Verdict.Error, $"the DUT {state.Status.ToString().ToLowerInvariant()} while the harness waited: {state.Detail}")
            {
                Step = CurrentStep,
                Actual = failure.Message,
            }
            : null;

    protected override async ValueTask DisposeAsyncCore()
    {
        if (dut is { } open)
        {
            dut = null;
            await open.DisposeAsync().ConfigureAwait(false);
        }

        await base.DisposeAsyncCore().ConfigureAwait(false);
    }

    private DutConfiguration ConfigurationFor(DutOptions options)
    {
        var local = Server.LocalEndPoint;
        var endpoint = Plan.Dut.Adapter.Kind == Testing.Plan.AdapterKind.Process
            ? $"{Plan.Dut.Endpoint}-{Guid.NewGuid().ToString("N")[..8]}"
            : Plan.Dut.Endpoint;
        return new DutConfiguration
        {
            ServerUri = $"coap://{local}",
            Endpoint = endpoint,
            Lifetime = options.Lifetime,
            ServerPort = local.Port,
            Extra = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["planDir"] = PlanDirectory,
                ["serverHost"] = local.Address.ToString(),
                ["binding"] = options.Binding,
                ["ackTimeoutMs"] = Milliseconds(Timings.Transmission.AckTimeout),
                ["awakeMs"] = Milliseconds(Timings.AwakeWindow),
            },
        };
    }

    private async Task AnswerFarewellAsync(CancellationToken stopped)
    {
        try
        {
            var deregister = await Server.ExpectDeregisterAsync(timeout: Timings.StopTimeout, cancellationToken: stopped).ConfigureAwait(false);
            if (deregister.IsValid)
            {
                await deregister.AcceptAsync(CancellationToken.None).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is TimeoutException or OperationCanceledException or InvalidOperationException or ObjectDisposedException)
        {
            // No farewell, or one already answered: nothing to do.
        }
    }

    private static string Milliseconds(TimeSpan span) => ((long)span.TotalMilliseconds).ToString(CultureInfo.InvariantCulture);
}
