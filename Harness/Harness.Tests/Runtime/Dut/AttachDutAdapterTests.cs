using Harness.Runtime.Dut;
using static Harness.Tests.Runtime.Dut.DutTestValues;

namespace Harness.Tests.Runtime.Dut;

public class AttachDutAdapterTests
{
    [Test]
    public async Task Start_and_stop_only_record_attaching_and_detaching()
    {
        await using var dut = AttachDutAdapter.RefusingStimuli();

        var started = await dut.StartAsync(Configuration());
        var running = dut.State;
        var stopped = await dut.StopAsync();

        Assert.That(started.Status, Is.EqualTo(DutActionStatus.Done));
        Assert.That(running.Status, Is.EqualTo(DutRunStatus.Running));
        Assert.That(stopped.Detail, Does.Contain("keeps running"));
        Assert.That(dut.Evidence.Entries.Select(e => e.Kind), Is.EqualTo(new[] { DutEvidenceKind.Lifecycle, DutEvidenceKind.Lifecycle }));
        Assert.That(dut.Evidence.Entries[0].Text, Does.Contain("urn:dev:test-1").And.Contain("started by the lab"));
    }

    [Test]
    public async Task Without_an_operator_stimuli_and_resets_are_refused_with_the_reason()
    {
        await using var dut = AttachDutAdapter.RefusingStimuli();
        await dut.StartAsync(Configuration());

        var stimulus = await dut.SendStimulusAsync("update");
        var reset = await dut.ResetAsync();

        Assert.That(dut.StimulusHandling, Is.EqualTo(AttachStimulusHandling.Refuse));
        Assert.That(stimulus.Status, Is.EqualTo(DutActionStatus.Refused));
        Assert.That(stimulus.Detail, Does.StartWith("stimulus 'update' refused").And.Contain("no operator"));
        Assert.That(reset.Status, Is.EqualTo(DutActionStatus.Refused));
    }

    [Test]
    public async Task With_an_operator_stimuli_become_instructions_and_start_asks_nothing()
    {
        var screen = new StringWriter();
        using var console = new OperatorConsole(new ScriptedOperatorInput(string.Empty), screen);
        var instructions = new OperatorInstructions { Stimuli = new Dictionary<string, string> { ["update"] = "Trigger a registration update on {endpoint}" } };
        await using var dut = AttachDutAdapter.WithOperator(instructions, console);

        await dut.StartAsync(Configuration());
        var result = await dut.SendStimulusAsync("update").WaitAsync(MustHappen);
        await dut.StopAsync();

        Assert.That(dut.StimulusHandling, Is.EqualTo(AttachStimulusHandling.AskOperator));
        Assert.That(result.Status, Is.EqualTo(DutActionStatus.Done));
        Assert.That(screen.ToString(), Is.EqualTo("Trigger a registration update on urn:dev:test-1, then press Enter.\n"));
        Assert.That(dut.Evidence.Entries.Select(e => e.Kind), Is.EqualTo(new[]
        {
            DutEvidenceKind.Lifecycle, DutEvidenceKind.Stimulus, DutEvidenceKind.OperatorPrompt, DutEvidenceKind.OperatorAnswer, DutEvidenceKind.Lifecycle,
        }));
    }
}
