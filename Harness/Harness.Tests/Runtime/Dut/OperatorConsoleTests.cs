using Harness.Runtime.Dut;
using Microsoft.Extensions.Time.Testing;
using static Harness.Tests.Runtime.Dut.DutTestValues;

namespace Harness.Tests.Runtime.Dut;

public class OperatorConsoleTests
{
    private static readonly TimeSpan Minute = TimeSpan.FromSeconds(60);

    [Test]
    public async Task A_yes_no_question_asks_again_until_the_answer_is_yes_or_no()
    {
        var screen = new StringWriter();
        using var console = new OperatorConsole(new ScriptedOperatorInput("maybe", " YES "), screen);

        var answer = await console.AskYesNoAsync("Is the LED blinking?", Minute).WaitAsync(MustHappen);

        Assert.That(answer.Status, Is.EqualTo(OperatorAnswerStatus.Answered));
        Assert.That(answer.Yes, Is.True);
        Assert.That(answer.Text, Is.EqualTo("YES"));
        Assert.That(screen.ToString(), Is.EqualTo("Is the LED blinking? [y/n]\nPlease answer y or n.\n"));
    }

    [TestCase("n", false)]
    [TestCase("No", false)]
    [TestCase("y", true)]
    public async Task Yes_and_no_are_read_in_any_case(string typed, bool yes)
    {
        using var console = new OperatorConsole(new ScriptedOperatorInput(typed), new StringWriter());

        var answer = await console.AskYesNoAsync("Did it reboot?", Minute).WaitAsync(MustHappen);

        Assert.That(answer.Yes, Is.EqualTo(yes));
    }

    [Test]
    public async Task A_number_question_takes_an_invariant_number()
    {
        using var console = new OperatorConsole(new ScriptedOperatorInput("twelve", "12.5"), new StringWriter());

        var answer = await console.AskNumberAsync("Battery level shown?", Minute).WaitAsync(MustHappen);

        Assert.That(answer.Number, Is.EqualTo(12.5m));
    }

    [Test]
    public async Task Free_text_and_instructions_take_any_line()
    {
        var screen = new StringWriter();
        using var console = new OperatorConsole(new ScriptedOperatorInput("SN-0042", string.Empty), screen);

        var serial = await console.AskTextAsync("Serial number on the label?", Minute).WaitAsync(MustHappen);
        var done = await console.InstructAsync("Trigger a registration update on the device", Minute).WaitAsync(MustHappen);

        Assert.That(serial.Text, Is.EqualTo("SN-0042"));
        Assert.That(done.IsAnswered, Is.True);
        Assert.That(screen.ToString(), Does.EndWith("Trigger a registration update on the device, then press Enter.\n"));
    }

    [Test]
    public async Task Questions_and_answers_are_evidence_with_the_clock_s_timestamps()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
        var keyboard = new ScriptedOperatorInput();
        using var console = new OperatorConsole(keyboard, new StringWriter(), clock);

        var asking = console.AskYesNoAsync("Is the LED blinking?", Minute);
        clock.Advance(TimeSpan.FromSeconds(7));
        keyboard.Type("y");
        var answer = await asking.WaitAsync(MustHappen);

        Assert.That(answer.AskedAt, Is.EqualTo(clock.Start));
        Assert.That(answer.AnsweredAt, Is.EqualTo(clock.Start.AddSeconds(7)));
        Assert.That(console.Evidence.Entries, Is.EqualTo(new[]
        {
            new DutEvidenceEntry(clock.Start, DutEvidenceKind.OperatorPrompt, "Is the LED blinking? [y/n]"),
            new DutEvidenceEntry(clock.Start.AddSeconds(7), DutEvidenceKind.OperatorAnswer, "'y' to 'Is the LED blinking?'"),
        }));
    }

    [Test]
    public async Task No_answer_within_the_deadline_is_a_no_answer_result()
    {
        var clock = new FakeTimeProvider();
        using var console = new OperatorConsole(new ScriptedOperatorInput(), new StringWriter(), clock);

        var asking = console.AskYesNoAsync("Is the LED blinking?", Minute);
        clock.Advance(TimeSpan.FromSeconds(59));
        Assert.That(asking.IsCompleted, Is.False, "gave up before the deadline");
        clock.Advance(TimeSpan.FromSeconds(1));
        var answer = await asking.WaitAsync(MustHappen);

        Assert.That(answer.Status, Is.EqualTo(OperatorAnswerStatus.NoAnswer));
        Assert.That(answer.Yes, Is.Null);
        Assert.That(answer.Reason, Is.EqualTo("no answer within 60 s"));
        Assert.That(console.Evidence.Entries[^1].Text, Is.EqualTo("no answer to 'Is the LED blinking?': no answer within 60 s"));
    }

    [Test]
    public async Task No_answer_on_the_real_clock_with_a_short_deadline()
    {
        using var console = new OperatorConsole(new ScriptedOperatorInput(), new StringWriter());

        var answer = await console.InstructAsync("Press the button", TimeSpan.FromMilliseconds(200)).WaitAsync(MustHappen);

        Assert.That(answer.Status, Is.EqualTo(OperatorAnswerStatus.NoAnswer));
    }

    [Test]
    public async Task A_line_typed_after_its_question_timed_out_is_dropped_rather_than_answering_the_next_one()
    {
        var clock = new FakeTimeProvider();
        var keyboard = new ScriptedOperatorInput();
        using var console = new OperatorConsole(keyboard, new StringWriter(), clock);
        var first = console.AskYesNoAsync("First?", Minute);
        clock.Advance(Minute);
        Assert.That((await first.WaitAsync(MustHappen)).IsAnswered, Is.False);
        keyboard.Type("y");
        await console.Evidence.FirstMatchAsync(e => e.Text == "'y' typed while no question was open; ignored", 0, CancellationToken.None).WaitAsync(MustHappen);

        var second = console.AskYesNoAsync("Second?", Minute);
        keyboard.Type("n");
        var answer = await second.WaitAsync(MustHappen);

        Assert.That(answer.Yes, Is.False);
    }

    [Test]
    public async Task A_cancelled_wait_throws_and_is_recorded()
    {
        using var console = new OperatorConsole(new ScriptedOperatorInput(), new StringWriter());
        using var cancel = new CancellationTokenSource();

        var asking = console.AskTextAsync("Firmware version?", Minute, cancel.Token);
        await cancel.CancelAsync();

        Assert.That(async () => await asking.WaitAsync(MustHappen), Throws.InstanceOf<OperationCanceledException>());
        Assert.That(console.Evidence.Entries[^1].Text, Is.EqualTo("cancelled while waiting for an answer to 'Firmware version?'"));
    }

    [Test]
    public async Task A_closed_console_is_no_answer_at_once()
    {
        var keyboard = new ScriptedOperatorInput();
        keyboard.EndInput();
        using var console = new OperatorConsole(keyboard, new StringWriter());

        var answer = await console.AskYesNoAsync("Anyone there?", Minute).WaitAsync(MustHappen);
        var again = await console.AskYesNoAsync("Anyone there now?", Minute).WaitAsync(MustHappen);

        Assert.That(answer.Reason, Is.EqualTo("the operator console was closed"));
        Assert.That(again.Reason, Is.EqualTo("the operator console was closed"));
    }
}
