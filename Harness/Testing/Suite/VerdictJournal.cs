using Harness.Testing.Evidence;
using Harness.Testing.Timing;
using Harness.Testing.Verdicts;

namespace Harness.Testing.Suite;

/// <summary>
/// Where every test case publishes its typed verdict before it is mapped onto an NUnit outcome, so that a
/// runner in the same process (the command-line tool, a report writer) sees OutOfTime, NotApplicable and
/// each check, which NUnit's outcomes cannot carry.
/// </summary>
public static class VerdictJournal
{
    /// <summary>Raised once per finished test case, on the thread that ran it.</summary>
    public static event EventHandler<VerdictPublishedEventArgs>? Published;

    /// <summary>Announces the verdict of the test whose NUnit full name is <paramref name="testFullName"/>.</summary>
    /// <param name="testFullName">The test's NUnit full name.</param>
    /// <param name="verdict">Its verdict.</param>
    /// <param name="time">Where its time went (waited for the DUT versus the harness's own), when it was measured.</param>
    /// <param name="evidence">The files and steps the test left behind, if any.</param>
    public static void Publish(string testFullName, TestVerdict verdict, TestTimeSummary? time = null, TestEvidence? evidence = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(testFullName);
        ArgumentNullException.ThrowIfNull(verdict);
        Published?.Invoke(null, new VerdictPublishedEventArgs(testFullName, verdict) { Time = time, Evidence = evidence });
    }
}
