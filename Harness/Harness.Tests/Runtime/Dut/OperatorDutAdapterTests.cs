using Harness.Runtime.Dut;
using Microsoft.Extensions.Time.Testing;
using static Harness.Tests.Runtime.Dut.DutTestValues;

namespace Harness.Tests.Runtime.Dut;

public class OperatorDutAdapterTests
{
    private static readonly OperatorInstructions Instructions = new()
    {
        Stimuli = new Dictionary<string, string>
        {
            ["update"] = "Trigger a registration update on the device",
            ["write"] = "Set resource /3/0/{resource} of {endpoint} to {value}",
        },
    };

    [Test]
    public async Task Start_shows_the_configuration_and_confirmation_makes_the_DUT_running()
    {
        var screen = new StringWriter();
        using var console = new OperatorConsole(new ScriptedOperatorInput(string.Empty), screen);
        await using var dut = new OperatorDutAdapter(Instructions, console);

        var result = await dut.StartAsync(Configuration()).WaitAsync(MustHappen);

        Assert.That(result.Status, Is.EqualTo(DutActionStatus.Done));
        Assert.That(dut.State.Status, Is.EqualTo(DutRunStatus.Running));
        Assert.That(screen.ToString(), Is.EqualTo(
            "Start the device under test with LwM2M server coap://127.0.0.1:5683, bootstrap server coap://127.0.0.1:5783, "
            + "endpoint name urn:dev:test-1 and lifetime 120 s, then press Enter.\n"));
    }

    [Test]
    public async Task Stimuli_of_the_plan_become_instructions_with_their_arguments()
    {
        var screen = new StringWriter();
        using var console = new OperatorConsole(new ScriptedOperatorInput(string.Empty, string.Empty, string.Empty), screen);
        await using var dut = new OperatorDutAdapter(Instructions, console);
        await dut.StartAsync(Configuration()).WaitAsync(MustHappen);

        var update = await dut.SendStimulusAsync("update").WaitAsync(MustHappen);
        var write = await dut.SendStimulusAsync("write", new Dictionary<string, string> { ["resource"] = "15", ["value"] = "Europe/Paris" }).WaitAsync(MustHappen);

        Assert.That(update.Status, Is.EqualTo(DutActionStatus.Done));
        Assert.That(write.Status, Is.EqualTo(DutActionStatus.Done));
        Assert.That(screen.ToString(), Does.EndWith(
            "Trigger a registration update on the device, then press Enter.\n"
            + "Set resource /3/0/15 of urn:dev:test-1 to Europe/Paris, then press Enter.\n"));
        Assert.That(dut.Evidence.Entries.Where(e => e.Kind == DutEvidenceKind.Stimulus).Select(e => e.Text), Has.Exactly(2).Items);
    }

    [Test]
    public async Task A_stimulus_without_wording_in_the_plan_is_described_by_name_and_arguments()
    {
        var screen = new StringWriter();
        using var console = new OperatorConsole(new ScriptedOperatorInput(string.Empty), screen);
        await using var dut = new OperatorDutAdapter(Instructions, console);

        await dut.SendStimulusAsync("reboot", new Dictionary<string, string> { ["delay"] = "5" }).WaitAsync(MustHappen);

        Assert.That(screen.ToString(), Is.EqualTo("Apply the stimulus 'reboot' with delay = 5 to the device under test, then press Enter.\n"));
    }

    [Test]
    public async Task An_unconfirmed_stimulus_is_no_answer_naming_the_instruction()
    {
        var clock = new FakeTimeProvider();
        using var console = new OperatorConsole(new ScriptedOperatorInput(), new StringWriter(), clock);
        await using var dut = new OperatorDutAdapter(Instructions with { Deadline = TimeSpan.FromSeconds(60) }, console);

        var sending = dut.SendStimulusAsync("update");
        clock.Advance(TimeSpan.FromSeconds(60));
        var result = await sending.WaitAsync(MustHappen);

        Assert.That(result.Status, Is.EqualTo(DutActionStatus.NoAnswer));
        Assert.That(result.Detail, Does.Contain("Trigger a registration update on the device").And.Contain("no answer within 60 s"));
    }

    [Test]
    public async Task An_unconfirmed_start_leaves_the_DUT_not_started()
    {
        var clock = new FakeTimeProvider();
        using var console = new OperatorConsole(new ScriptedOperatorInput(), new StringWriter(), clock);
        await using var dut = new OperatorDutAdapter(Instructions, console);

        var starting = dut.StartAsync(Configuration());
        clock.Advance(Instructions.Deadline);
        var result = await starting.WaitAsync(MustHappen);

        Assert.That(result.Status, Is.EqualTo(DutActionStatus.NoAnswer));
        Assert.That(dut.State.Status, Is.EqualTo(DutRunStatus.NotStarted));
    }

    [Test]
    public async Task Stop_and_reset_are_instructions_too()
    {
        var screen = new StringWriter();
        using var console = new OperatorConsole(new ScriptedOperatorInput(string.Empty, string.Empty, string.Empty), screen);
        await using var dut = new OperatorDutAdapter(Instructions, console);
        await dut.StartAsync(Configuration()).WaitAsync(MustHappen);

        await dut.ResetAsync().WaitAsync(MustHappen);
        Assert.That(dut.State.Status, Is.EqualTo(DutRunStatus.Running));
        await dut.StopAsync().WaitAsync(MustHappen);

        Assert.That(dut.State.Status, Is.EqualTo(DutRunStatus.Exited));
        Assert.That(screen.ToString(), Does.EndWith(
            "Reset the device under test to its initial state, then press Enter.\nStop the device under test, then press Enter.\n"));
    }
}
