using Harness.Testing.Suite;

namespace Harness.Tests.Testing.Suite;

/// <summary>Keeps every progress event; optionally cancels the run once a given number of tests finished.</summary>
internal sealed class RecordingProgress(CancellationTokenSource? cancelAfter = null, int finishedBeforeCancel = 1) : ISuiteProgress
{
    private readonly Lock gate = new();

    public List<SuiteSelection> Starts { get; } = [];

    public List<string> Events { get; } = [];

    public void RunStarting(SuiteSelection selection)
    {
        lock (gate)
        {
            Starts.Add(selection);
        }
    }

    public void TestStarted(SuiteTestStarted started)
    {
        lock (gate)
        {
            Events.Add("start " + started.FullName);
        }
    }

    public void TestFinished(SuiteTestResult result)
    {
        int finished;
        lock (gate)
        {
            Events.Add("end " + result.FullName);
            finished = Events.Count(item => item.StartsWith("end ", StringComparison.Ordinal));
        }

        if (cancelAfter is not null && finished == finishedBeforeCancel)
        {
            cancelAfter.Cancel();
        }
    }
}
