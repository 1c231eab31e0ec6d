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

        var last = steps[^1];
        return time > last.Stop ? $"after the test (last step {last.Number}: {last.Description})" : Text(StepAt(steps, time)!);
    }

    /// <summary>The step whose window holds <paramref name="time"/> (the later where two touch; the first before it, the last after it), or null without steps.</summary>
    public static StepRecord? StepAt(IReadOnlyList<StepRecord> steps, DateTimeOffset time)
    {
        ArgumentNullException.ThrowIfNull(steps);
        for (var i = steps.Count - 1; i >= 0; i--)
        {
            if (time >= steps[i].Start)
            {
                return steps[i];
            }
        }

        return steps.Count > 0 ? steps[0] : null;
    }

    /// <summary>The comment text of <paramref name="step"/>.</summary>
    public static string Text(StepRecord step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return $"step {step.Number}: {step.Description}";
    }
}
