using System.Text.RegularExpressions;
using Harness.Runtime.Dut;
using static Harness.Tests.Runtime.Dut.DutTestValues;

namespace Harness.Tests.Runtime.Dut;

public class ProcessDutAdapterStimulusTests
{
    private static readonly Dictionary<string, string> Stimuli = new()
    {
        ["update"] = "update",
        ["write"] = "write /{object}/0/{resource} {value}",
        ["whoami"] = "ep {endpoint}",
    };

    private DutScriptFolder scripts = null!;

    [SetUp]
    public void CreateScripts() => scripts = new DutScriptFolder();

    [TearDown]
    public void DeleteScripts() => scripts.Dispose();

    [Test]
    public async Task A_stimulus_line_reaches_the_standard_input_of_the_DUT()
    {
        await using var dut = await StartEchoAsync();

        var result = await dut.SendStimulusAsync("update");
        var echo = await dut.WaitForOutputAsync(new Regex("^echo:"), MustHappen);

        Assert.That(result.Status, Is.EqualTo(DutActionStatus.Done));
        Assert.That(echo.Text, Is.EqualTo("echo:update"));
        Assert.That(dut.Evidence.Entries.Where(e => e.Kind == DutEvidenceKind.Stimulus).Select(e => e.Text), Is.EqualTo(new[] { "update: update" }));
    }

    [Test]
    public async Task Stimulus_arguments_and_configuration_values_fill_the_line()
    {
        await using var dut = await StartEchoAsync();

        await dut.SendStimulusAsync("write", new Dictionary<string, string> { ["object"] = "3", ["resource"] = "14", ["value"] = "+02:00" });
        await dut.SendStimulusAsync("whoami");
        await dut.WaitForOutputAsync(new Regex("^echo:ep "), MustHappen);

        var echoes = dut.Evidence.Entries.Where(e => e.Kind == DutEvidenceKind.StandardOutput).Select(e => e.Text);
        Assert.That(echoes, Is.EqualTo(new[] { "echo:write /3/0/14 +02:00", "echo:ep urn:dev:test-1" }));
    }

    [Test]
    public async Task A_stimulus_the_plan_does_not_define_is_refused_with_the_defined_ones()
    {
        await using var dut = await StartEchoAsync();

        var result = await dut.SendStimulusAsync("reboot");

        Assert.That(result.Status, Is.EqualTo(DutActionStatus.Refused));
        Assert.That(result.Detail, Does.Contain("'reboot'").And.Contain("update, whoami, write"));
    }

    [Test]
    public async Task A_missing_stimulus_argument_is_a_configuration_error_naming_it()
    {
        await using var dut = await StartEchoAsync();

        var error = Assert.ThrowsAsync<DutConfigurationException>(() => dut.SendStimulusAsync("write", new Dictionary<string, string> { ["object"] = "3" }));

        Assert.That(error!.Message, Does.Contain("{resource}").And.Contain("stimulus 'write'"));
    }

    [Test]
    public async Task A_stimulus_to_a_crashed_DUT_is_refused()
    {
        string command = scripts.Command("dies", "read -r _; exit 5");
        await using var dut = new ProcessDutAdapter(new() { CommandTemplate = command, Stimuli = Stimuli });
        await dut.StartAsync(Configuration());
        await dut.SendStimulusAsync("update");
        await dut.WaitForExitAsync(MustHappen);

        var result = await dut.SendStimulusAsync("update");

        Assert.That(result.Status, Is.EqualTo(DutActionStatus.Refused));
        Assert.That(result.Detail, Does.Contain("not running").And.Contain("Crashed"));
    }

    private async Task<ProcessDutAdapter> StartEchoAsync()
    {
        string command = scripts.Command("echo", "while read -r line; do echo \"echo:$line\"; done");
        var dut = new ProcessDutAdapter(new() { CommandTemplate = command, Stimuli = Stimuli });
        try
        {
            await dut.StartAsync(Configuration());
            return dut;
        }
        catch
        {
            await dut.DisposeAsync();
            throw;
        }
    }
}
