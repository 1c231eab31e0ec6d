namespace Harness.Testing.Evidence;

/// <summary>The pcapng comment of a frame: the test step whose time window holds it.</summary>
public static class StepComments
{
    /// <summary>
    /// "step N: description" for the step whose window holds <paramref name="time"/> (the later step where two
    /// windows touch); a frame before the first step belongs to it, one after the last is marked as after the test.
    /// </summary>
    public static string? For(IReadOnlyList<StepRecord> steps, DateTimeOffset time)
    {
        ArgumentNullException.ThrowIfNull(steps);
        if (steps.Count == 0)
        {
            return null;
        }

        if (time < steps[0].Start)
        {
            return Text(steps[0]);
        }

        for (var i = steps.Count - 1; i >= 0; i--)
        {
            if (time >= steps[i].Start && time <= steps[i].Stop)
            {
                return Text(steps[i]);
            }
        }

        var last = steps[^1];
        return time > last.Stop ? $"after the test (last step {last.Number}: {last.Description})" : Text(last);
    }

    /// <summary>The comment text of <paramref name="step"/>.</summary>
    public static string Text(StepRecord step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return $"step {step.Number}: {step.Description}";
    }
}
