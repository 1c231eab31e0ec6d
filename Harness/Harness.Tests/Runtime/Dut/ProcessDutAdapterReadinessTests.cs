using Harness.Runtime.Dut;
using static Harness.Tests.Runtime.Dut.DutTestValues;

namespace Harness.Tests.Runtime.Dut;

public class ProcessDutAdapterReadinessTests
{
    private DutScriptFolder scripts = null!;

    [SetUp]
    public void CreateScripts() => scripts = new DutScriptFolder();

    [TearDown]
    public void DeleteScripts() => scripts.Dispose();

    [Test]
    public async Task Start_returns_once_a_line_matches_the_readiness_pattern()
    {
        string command = scripts.Command("ready", "echo booting; read -r _; echo \"registered as $1\" >&2; read -r _", "{endpoint}");
        await using var dut = new ProcessDutAdapter(new()
        {
            CommandTemplate = command,
            ReadyPattern = @"^registered as urn:dev:\S+$",
            ReadyDeadline = MustHappen,
            Stimuli = new Dictionary<string, string> { ["go"] = "go" },
        });

        var starting = dut.StartAsync(Configuration());
        var early = await Task.WhenAny(starting, dut.WaitForOutputAsync(new("booting"), MustHappen));
        Assert.That(early, Is.Not.SameAs(starting), "start returned before the readiness line");
        await dut.SendStimulusAsync("go");
        var result = await starting;

        Assert.That(result.Status, Is.EqualTo(DutActionStatus.Done));
        Assert.That(dut.Evidence.Entries.Select(e => e.Text), Has.Some.EqualTo("ready: printed 'registered as urn:dev:test-1'"));
    }

    [Test]
    public async Task A_DUT_that_never_becomes_ready_times_out_naming_the_pattern()
    {
        string command = scripts.Command("never", "echo booting; read -r _");
        await using var dut = new ProcessDutAdapter(new() { CommandTemplate = command, ReadyPattern = "^registered", ReadyDeadline = CannotHappen });

        var error = Assert.ThrowsAsync<DutTimeoutException>(() => dut.StartAsync(Configuration()));

        Assert.That(error!.Message, Does.Contain("/^registered/").And.Contain("within 1 s").And.Contain("booting"));
        Assert.That(dut.State.Status, Is.EqualTo(DutRunStatus.Running), "the caller decides; disposing kills it");
    }

    [Test]
    public async Task A_DUT_that_exits_before_it_is_ready_is_a_start_error_with_its_exit_code()
    {
        string command = scripts.Command("early", "echo 'no such option' >&2; exit 4");
        await using var dut = new ProcessDutAdapter(new() { CommandTemplate = command, ReadyPattern = "^registered", ReadyDeadline = MustHappen });

        var error = Assert.ThrowsAsync<DutStartException>(() => dut.StartAsync(Configuration()));

        Assert.That(error!.Message, Does.Contain("exit code 4").And.Contain("no such option"));
        Assert.That(dut.State.Status, Is.EqualTo(DutRunStatus.Crashed));
    }

    [Test]
    public async Task An_invalid_readiness_pattern_is_a_configuration_error()
    {
        await using var dut = new ProcessDutAdapter(new() { CommandTemplate = "/bin/true", ReadyPattern = "(unclosed" });

        Assert.That(() => dut.StartAsync(Configuration()), Throws.TypeOf<DutConfigurationException>().With.Message.Contains("(unclosed"));
        Assert.That(dut.ProcessId, Is.Null);
    }
}
