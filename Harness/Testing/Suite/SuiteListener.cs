using System.Collections.Concurrent;
using Harness.Testing.Metadata;
using NUnit.Framework.Interfaces;

namespace Harness.Testing.Suite;

/// <summary>
/// Turns NUnit's events for one run into typed results: it takes each test's verdict from the journal (published
/// on the test's thread before NUnit finishes the test) and falls back to the NUnit outcome.
/// </summary>
internal sealed class SuiteListener : ITestListener, IDisposable
{
    private readonly IReadOnlyDictionary<string, TestCaseMetadata> testCases;
    private readonly ISuiteProgress? progress;
    private readonly ConcurrentDictionary<string, VerdictPublishedEventArgs> published = new(StringComparer.Ordinal);
    private readonly Lock gate = new();
    private readonly List<SuiteTestResult> results = [];

    public SuiteListener(IReadOnlyDictionary<string, TestCaseMetadata> testCases, ISuiteProgress? progress)
    {
        this.testCases = testCases;
        this.progress = progress;
        VerdictJournal.Published += OnPublished;
    }

    public IReadOnlyList<SuiteTestResult> Results
    {
        get
        {
            lock (gate)
            {
                return [.. results];
            }
        }
    }

    public void TestStarted(ITest test)
    {
        if (!test.IsSuite)
        {
            progress?.TestStarted(new SuiteTestStarted(test.FullName, MetadataOf(test)));
        }
    }

    public void TestFinished(ITestResult result)
    {
        if (result.Test.IsSuite || IsUnstartedCancellation(result))
        {
            return;
        }

        var fromJournal = published.TryRemove(result.Test.FullName, out var entry);
        var duration = TimeSpan.FromSeconds(result.Duration);
        var finished = new SuiteTestResult
        {
            FullName = result.Test.FullName,
            TestCase = MetadataOf(result.Test),
            Title = result.Test.Properties.Get(NUnit.Framework.Internal.PropertyNames.Description) as string ?? result.Test.Name,
            Verdict = fromJournal ? NUnitOutcomeVerdict.Combine(entry!.Verdict, result) : NUnitOutcomeVerdict.From(result),
            Published = fromJournal,
            Duration = duration,
            Start = Utc(result.StartTime),
            Stop = Utc(result.EndTime),
            Time = entry?.Time is { } time ? time with { Total = duration > time.Total ? duration : time.Total } : null,
            Evidence = entry?.Evidence,
            Output = result.Output,
            Message = string.IsNullOrWhiteSpace(result.Message) ? null : result.Message,
        };
        lock (gate)
        {
            results.Add(finished);
        }

        progress?.TestFinished(finished);
    }

    public void TestOutput(TestOutput output)
    {
    }

    public void SendMessage(TestMessage message)
    {
    }

    public void Dispose() => VerdictJournal.Published -= OnPublished;

    // A stopped run reports the tests it skipped as cancelled without starting them: they did not run.
    private static bool IsUnstartedCancellation(ITestResult result) =>
        result.ResultState.Label == NUnit.Framework.Interfaces.ResultState.Cancelled.Label && result.StartTime == default;

    private static DateTimeOffset? Utc(DateTime time) =>
        time == default ? null : new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Utc));

    private void OnPublished(object? sender, VerdictPublishedEventArgs e) => published[e.TestFullName] = e;

    private TestCaseMetadata MetadataOf(ITest test)
    {
        var id = $"{test.ClassName}.{test.MethodName}";
        return testCases.TryGetValue(id, out var metadata) ? metadata : new TestCaseMetadata(test.FullName);
    }
}
