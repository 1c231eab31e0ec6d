using System.Globalization;
using System.Text.RegularExpressions;
using Harness.Runtime.Dut;
using static Harness.Tests.Runtime.Dut.DutTestValues;

namespace Harness.Tests.Runtime.Dut;

/// <summary>
/// The DUT runs in a session and process group of its own, so a terminal's Ctrl+C (SIGINT to the harness's
/// foreground group) does not reach it, while its process id stays the DUT's own. The whole path, a SIGINT to
/// the tool's process group, is in Cli/VendorStyleRunTests.
/// </summary>
[Platform(Exclude = "Win")]
public sealed class ProcessDutSessionTests
{
    private DutScriptFolder scripts = null!;

    [SetUp]
    public void CreateScripts() => scripts = new DutScriptFolder();

    [TearDown]
    public void DeleteScripts() => scripts.Dispose();

    [Test]
    public async Task The_DUT_leads_its_own_process_group_and_session_outside_the_harness_group()
    {
        Assume.That(File.Exists("/usr/bin/setsid") || File.Exists("/bin/setsid"), "util-linux setsid is installed");
        string command = scripts.Command("dut", "echo \"pid $$\"; while read -r line; do [ \"$line\" = quit ] && exit 0; done");
        await using var dut = new ProcessDutAdapter(new() { CommandTemplate = command, QuitLine = "quit", PoliteStopDeadline = MustHappen });
        await dut.StartAsync(Configuration());
        var line = await dut.WaitForOutputAsync(new Regex(@"^pid \d+$"), MustHappen);
        int pid = int.Parse(line.Text[4..], CultureInfo.InvariantCulture);

        var (group, session) = GroupAndSession(pid);
        var (harnessGroup, _) = GroupAndSession(Environment.ProcessId);
        await dut.StopAsync();

        Assert.Multiple(() =>
        {
            Assert.That(pid, Is.EqualTo(dut.ProcessId), "setsid ran the DUT in place: the adapter's process id is the DUT's");
            Assert.That(group, Is.EqualTo(pid), "the DUT leads its process group");
            Assert.That(session, Is.EqualTo(pid), "the DUT leads its session");
            Assert.That(group, Is.Not.EqualTo(harnessGroup), "a SIGINT to the harness's group misses the DUT");
            Assert.That(dut.State.Status, Is.EqualTo(DutRunStatus.Exited), "the quit line still reaches it");
        });
    }

    [Test]
    public async Task Without_its_own_session_the_DUT_shares_the_harness_process_group()
    {
        string command = scripts.Command("dut", "echo \"pid $$\"; while read -r line; do [ \"$line\" = quit ] && exit 0; done");
        await using var dut = new ProcessDutAdapter(new() { CommandTemplate = command, QuitLine = "quit", PoliteStopDeadline = MustHappen, OwnSession = false });
        await dut.StartAsync(Configuration());
        var line = await dut.WaitForOutputAsync(new Regex(@"^pid \d+$"), MustHappen);
        var (group, _) = GroupAndSession(int.Parse(line.Text[4..], CultureInfo.InvariantCulture));
        await dut.StopAsync();

        Assert.That(group, Is.EqualTo(GroupAndSession(Environment.ProcessId).Group));
    }

    /// <summary>Fields 5 and 6 of /proc/PID/stat, counted after the parenthesised command name.</summary>
    private static (int Group, int Session) GroupAndSession(int pid)
    {
        string stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (int.Parse(fields[2], CultureInfo.InvariantCulture), int.Parse(fields[3], CultureInfo.InvariantCulture));
    }
}
