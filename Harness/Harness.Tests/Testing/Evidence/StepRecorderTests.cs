using Harness.Testing.Evidence;

namespace Harness.Tests.Testing.Evidence;

public sealed class StepRecorderTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 23, 1, 0, 0, TimeSpan.Zero);

    [Test]
    public void Each_step_lasts_until_the_next_and_the_last_until_the_end()
    {
        var recorder = new StepRecorder(T0);
        recorder.Begin(1, "Register", T0.AddSeconds(1));
        recorder.Begin(2, "Update", T0.AddSeconds(3));

        var steps = recorder.Finish(T0.AddSeconds(7));

        Assert.That(steps, Is.EqualTo(new[]
        {
            new StepRecord(0, StepRecorder.PreambleDescription, T0, T0.AddSeconds(1)),
            new StepRecord(1, "Register", T0.AddSeconds(1), T0.AddSeconds(3)),
            new StepRecord(2, "Update", T0.AddSeconds(3), T0.AddSeconds(7)),
        }));
    }

    [Test]
    public void A_frame_is_commented_with_the_step_whose_window_holds_it()
    {
        var recorder = new StepRecorder(T0);
        recorder.Begin(1, "Register", T0.AddSeconds(1));
        var steps = recorder.Finish(T0.AddSeconds(2));

        Assert.That(StepComments.For(steps, T0.AddMilliseconds(-5)), Is.EqualTo("step 0: preamble"), "before the test: the preamble");
        Assert.That(StepComments.For(steps, T0.AddMilliseconds(500)), Is.EqualTo("step 0: preamble"));
        Assert.That(StepComments.For(steps, T0.AddSeconds(1)), Is.EqualTo("step 1: Register"), "on a boundary: the step that begins");
        Assert.That(StepComments.For(steps, T0.AddSeconds(2)), Is.EqualTo("step 1: Register"));
        Assert.That(StepComments.For(steps, T0.AddSeconds(3)), Is.EqualTo("after the test (last step 1: Register)"));
        Assert.That(StepComments.For([], T0), Is.Null);
    }
}
