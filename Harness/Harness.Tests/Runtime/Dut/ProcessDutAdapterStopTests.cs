using System.Text.RegularExpressions;
using Harness.Runtime.Dut;
using static Harness.Tests.Runtime.Dut.DutTestValues;

namespace Harness.Tests.Runtime.Dut;

public class ProcessDutAdapterStopTests
{
    private DutScriptFolder scripts = null!;

    [SetUp]
    public void CreateScripts() => scripts = new DutScriptFolder();

    [TearDown]
    public void DeleteScripts() => scripts.Dispose();

    [Test]
    public async Task Killing_a_hung_DUT_also_kills_the_children_it_started()
    {
        // The child shares the DUT's output pipe: the output closes only once the child is gone too.
        string command = scripts.Command("parent", "trap '' TERM; sleep 600 & echo \"child $!\"; while true; do read -r _; done");
        await using var dut = new ProcessDutAdapter(new()
        {
            CommandTemplate = command,
            PoliteStopDeadline = CannotHappen,
            KillDeadline = MustHappen,
            OutputDrainDeadline = MustHappen,
        });
        await dut.StartAsync(Configuration());
        var child = await dut.WaitForOutputAsync(new Regex(@"^child \d+$"), MustHappen);

        await dut.StopAsync().WaitAsync(MustHappen * 2);

        Assert.That(dut.State.Status, Is.EqualTo(DutRunStatus.Hung));
        Assert.That(dut.Evidence.Entries.Select(e => e.Text), Has.None.Contains("still open"), $"{child.Text} survived the kill");
    }

    [Test]
    public async Task A_cancelled_stop_still_kills_the_DUT()
    {
        string command = scripts.Command("stubborn", "trap '' TERM; echo up; while true; do read -r _; done");
        await using var dut = new ProcessDutAdapter(new() { CommandTemplate = command, QuitLine = "quit", PoliteStopDeadline = MustHappen });
        await dut.StartAsync(Configuration());
        await dut.WaitForOutputAsync(new Regex("^up$"), MustHappen);
        int pid = dut.ProcessId!.Value;
        using var cancel = new CancellationTokenSource();

        var stopping = dut.StopAsync(cancel.Token);
        await dut.Evidence.FirstMatchAsync(e => e.Text == "quit: quit", 0, CancellationToken.None).WaitAsync(MustHappen);
        await cancel.CancelAsync();

        Assert.That(async () => await stopping, Throws.InstanceOf<OperationCanceledException>());
        await dut.WaitForExitAsync(MustHappen);
        Assert.That(ProcessIsGone(pid), Is.True, $"process {pid} survived the cancelled stop");
    }

    [Test]
    public async Task Stopping_twice_or_before_starting_is_harmless()
    {
        string command = scripts.Command("polite", "while read -r line; do [ \"$line\" = quit ] && exit 0; done");
        await using var dut = new ProcessDutAdapter(new() { CommandTemplate = command, QuitLine = "quit", PoliteStopDeadline = MustHappen });

        var early = await dut.StopAsync();
        await dut.StartAsync(Configuration());
        await dut.StopAsync();
        var again = await dut.StopAsync();

        Assert.That(early.Detail, Does.Contain("never started"));
        Assert.That(again.Detail, Does.Contain("already exited"));
        Assert.That(dut.State.Status, Is.EqualTo(DutRunStatus.Exited));
    }
}
