namespace Harness.Testing.Suite;

/// <summary>
/// Hears about a suite run as it goes. Calls come from NUnit's worker thread, one test at a time (the suite runs
/// its tests sequentially); an implementation that renders must not block for long.
/// </summary>
public interface ISuiteProgress
{
    /// <summary>Before the first test: what will run.</summary>
    void RunStarting(SuiteSelection selection);

    /// <summary>A test case begins.</summary>
    void TestStarted(SuiteTestStarted started);

    /// <summary>A test case ended, with its verdict (baseline classification not yet known).</summary>
    void TestFinished(SuiteTestResult result);
}
