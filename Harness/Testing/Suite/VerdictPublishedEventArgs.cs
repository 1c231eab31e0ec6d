using Harness.Testing.Evidence;
using Harness.Testing.Timing;
using Harness.Testing.Verdicts;

namespace Harness.Testing.Suite;

/// <summary>One test case's typed verdict, keyed by its NUnit full name.</summary>
public sealed class VerdictPublishedEventArgs(string testFullName, TestVerdict verdict) : EventArgs
{
    /// <summary>The NUnit full name of the test (namespace, class, method and arguments).</summary>
    public string TestFullName { get; } = testFullName;

    /// <summary>The verdict with every check that led to it.</summary>
    public TestVerdict Verdict { get; } = verdict;

    /// <summary>The test's own account of its time (total inside the test, waited for the DUT), if it kept one.</summary>
    public TestTimeSummary? Time { get; init; }

    /// <summary>The capture, timeline, DUT log and steps the test left behind, if it recorded any.</summary>
    public TestEvidence? Evidence { get; init; }
}
