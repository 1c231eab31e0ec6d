using System.Text.RegularExpressions;
using Harness.Runtime.Dut;
using static Harness.Tests.Runtime.Dut.DutTestValues;

namespace Harness.Tests.Runtime.Dut;

public class ProcessDutAdapterLifecycleTests
{
    private DutScriptFolder scripts = null!;

    [SetUp]
    public void CreateScripts() => scripts = new DutScriptFolder();

    [TearDown]
    public void DeleteScripts() => scripts.Dispose();

    [Test]
    public async Task An_unexpected_exit_is_a_crash_with_its_code_and_last_lines()
    {
        string command = scripts.Command("crash", "echo starting; echo 'fatal: bad state' >&2; read -r _; exit 3");
        await using var dut = new ProcessDutAdapter(new() { CommandTemplate = command, Stimuli = new Dictionary<string, string> { ["go"] = "go" } });
        var raised = new TaskCompletionSource<DutState>(TaskCreationOptions.RunContinuationsAsynchronously);
        dut.Crashed += (_, crash) => raised.TrySetResult(crash);
        await dut.StartAsync(Configuration());
        await dut.WaitForOutputAsync(new Regex("fatal"), MustHappen);

        await dut.SendStimulusAsync("go");
        var state = await dut.WaitForExitAsync(MustHappen);
        Assert.That(await raised.Task.WaitAsync(MustHappen), Is.EqualTo(state));

        Assert.That(state.Status, Is.EqualTo(DutRunStatus.Crashed));
        Assert.That(state.ExitCode, Is.EqualTo(3));
        Assert.That(state.Detail, Does.Contain("exit code 3").And.Contain("starting").And.Contain("fatal: bad state"));
        Assert.That(dut.State, Is.EqualTo(state));
        Assert.That(dut.Evidence.Entries.Where(e => e.Kind == DutEvidenceKind.Lifecycle).Select(e => e.Text), Has.One.StartsWith("crashed:"));
    }

    [Test]
    public async Task Stopping_a_crashed_DUT_keeps_the_crash()
    {
        string command = scripts.Command("crash", "exit 3");
        await using var dut = new ProcessDutAdapter(new() { CommandTemplate = command });
        await dut.StartAsync(Configuration());
        await dut.WaitForExitAsync(MustHappen);

        var result = await dut.StopAsync();

        Assert.That(result.Detail, Does.Contain("already exited"));
        Assert.That(dut.State.Status, Is.EqualTo(DutRunStatus.Crashed));
    }

    [Test]
    public async Task The_quit_line_stops_the_DUT_cleanly()
    {
        string command = scripts.Command("polite", "while read -r line; do [ \"$line\" = quit ] && exit 0; done");
        await using var dut = new ProcessDutAdapter(new() { CommandTemplate = command, QuitLine = "quit", PoliteStopDeadline = MustHappen });
        await dut.StartAsync(Configuration());

        var result = await dut.StopAsync();

        Assert.That(result.Status, Is.EqualTo(DutActionStatus.Done));
        Assert.That(dut.State.Status, Is.EqualTo(DutRunStatus.Exited));
        Assert.That(dut.State.ExitCode, Is.Zero);
        Assert.That(dut.State.Detail, Does.Contain("after the quit line"));
        Assert.That(ProcessIsGone(dut.ProcessId!.Value), Is.True);
    }

    [Test]
    public async Task Without_a_quit_line_SIGTERM_stops_the_DUT()
    {
        string command = scripts.Command("terminable", "echo up; while true; do read -r _ || exit 9; done");
        await using var dut = new ProcessDutAdapter(new() { CommandTemplate = command, PoliteStopDeadline = MustHappen });
        await dut.StartAsync(Configuration());
        await dut.WaitForOutputAsync(new Regex("^up$"), MustHappen);

        await dut.StopAsync();

        Assert.That(dut.State.Status, Is.EqualTo(DutRunStatus.Exited));
        Assert.That(dut.State.ExitCode, Is.EqualTo(128 + 15));
        Assert.That(dut.State.Detail, Does.Contain("after SIGTERM").And.Contain("SIGTERM"));
        Assert.That(dut.Evidence.Entries.Select(e => e.Text), Has.Some.StartsWith("SIGTERM sent"));
    }

    [Test]
    public async Task A_DUT_that_ignores_quit_and_SIGTERM_is_killed_and_recorded_as_hung()
    {
        string command = scripts.Command("stubborn", "trap '' TERM; echo up; while true; do read -r line && echo \"ignored $line\"; done");
        await using var dut = new ProcessDutAdapter(new() { CommandTemplate = command, QuitLine = "quit", PoliteStopDeadline = CannotHappen, KillDeadline = MustHappen });
        await dut.StartAsync(Configuration());
        await dut.WaitForOutputAsync(new Regex("^up$"), MustHappen);
        int pid = dut.ProcessId!.Value;

        var result = await dut.StopAsync();

        Assert.That(result.Status, Is.EqualTo(DutActionStatus.Done));
        Assert.That(dut.State.Status, Is.EqualTo(DutRunStatus.Hung));
        Assert.That(dut.State.Detail, Does.Contain("did not exit within 1 s of the quit line and then of SIGTERM").And.Contain("killed"));
        var lifecycle = dut.Evidence.Entries.Where(e => e.Kind == DutEvidenceKind.Lifecycle).Select(e => e.Text).ToList();
        Assert.That(lifecycle, Has.Some.StartsWith("SIGTERM sent").And.Some.StartsWith("hung:"));
        Assert.That(ProcessIsGone(pid), Is.True, $"process {pid} survived the stop");
    }

    [Test]
    public async Task Disposing_the_adapter_kills_a_running_DUT()
    {
        string command = scripts.Command("forever", "trap '' TERM; echo up; while true; do read -r _; done");
        int pid;
        await using (var dut = new ProcessDutAdapter(new() { CommandTemplate = command }))
        {
            await dut.StartAsync(Configuration());
            await dut.WaitForOutputAsync(new Regex("^up$"), MustHappen);
            pid = dut.ProcessId!.Value;
        }

        Assert.That(ProcessIsGone(pid), Is.True, $"process {pid} survived the adapter");
    }

    [Test]
    public async Task Reset_stops_the_DUT_and_starts_a_fresh_process()
    {
        string command = scripts.Command("resettable", "echo \"up $$\"; while read -r line; do [ \"$line\" = quit ] && exit 0; done");
        await using var dut = new ProcessDutAdapter(new() { CommandTemplate = command, QuitLine = "quit", PoliteStopDeadline = MustHappen });
        await dut.StartAsync(Configuration());
        int first = dut.ProcessId!.Value;

        var result = await dut.ResetAsync();
        await dut.WaitForOutputAsync(new Regex($"^up {dut.ProcessId}$"), MustHappen);

        Assert.That(result.Status, Is.EqualTo(DutActionStatus.Done));
        Assert.That(dut.ProcessId, Is.Not.EqualTo(first));
        Assert.That(ProcessIsGone(first), Is.True);
        Assert.That(dut.State.Status, Is.EqualTo(DutRunStatus.Running));
    }

    [Test]
    public async Task A_program_that_does_not_exist_is_a_start_error_naming_the_command()
    {
        await using var dut = new ProcessDutAdapter(new() { CommandTemplate = "/nonexistent/dut --ep {endpoint}" });

        var error = Assert.ThrowsAsync<DutStartException>(() => dut.StartAsync(Configuration()));

        Assert.That(error!.Message, Does.Contain("/nonexistent/dut --ep urn:dev:test-1"));
    }
}
