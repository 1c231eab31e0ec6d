namespace Harness.Testing.Evidence;

/// <summary>
/// Records when a test entered each ETS step: a step lasts until the next begins, the last until the test ends.
/// Step 0 (the preamble) begins when the recorder is made.
/// </summary>
public sealed class StepRecorder
{
    /// <summary>The description of step 0.</summary>
    public const string PreambleDescription = "preamble";

    private readonly List<(int Number, string Description, DateTimeOffset Start)> started = [];

    public StepRecorder(DateTimeOffset start)
    {
        started.Add((0, PreambleDescription, start));
    }

    /// <summary>Enters step <paramref name="number"/> at <paramref name="time"/>.</summary>
    public void Begin(int number, string description, DateTimeOffset time)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        started.Add((number, description, time));
    }

    /// <summary>The steps walked so far, the last one ending at <paramref name="end"/>.</summary>
    public IReadOnlyList<StepRecord> Finish(DateTimeOffset end)
    {
        var records = new List<StepRecord>(started.Count);
        for (var i = 0; i < started.Count; i++)
        {
            var (number, description, start) = started[i];
            var stop = i + 1 < started.Count ? started[i + 1].Start : end;
            records.Add(new StepRecord(number, description, start, stop < start ? start : stop));
        }

        return records;
    }
}
