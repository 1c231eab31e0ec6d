using Harness.Testing.Baselines;
using Harness.Testing.Reporting.Allure;
using Harness.Testing.Reporting.JUnit;
using Harness.Testing.Suite;
using Spectre.Console;

namespace Harness.Cli.Results;

/// <summary>
/// Writes the report files as the run goes, then hands every event on to <paramref name="inner"/>: the Allure
/// run files and an empty junit.xml at the start, and each test's Allure result and the updated junit.xml as soon as it finishes, so
/// that a run killed half-way keeps every finished test. Each test is classified against the baseline first (as
/// the runner does at the end), so that a known failure is marked known. A file that cannot be written is reported,
/// not fatal.
/// </summary>
internal sealed class ReportFilesProgress(ISuiteProgress inner, AllureResultsWriter allure, JUnitXmlFile junit, Baseline baseline, IAnsiConsole console) : ISuiteProgress
{
    public void RunStarting(SuiteSelection selection)
    {
        Guard("the Allure run files", allure.WriteRunFiles);
        Guard(JUnitXml.FileName, () => junit.Replace([]));
        inner.RunStarting(selection);
    }

    public void TestStarted(SuiteTestStarted started) => inner.TestStarted(started);

    public void TestFinished(SuiteTestResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var thread = Thread.CurrentThread.Name ?? $"worker {Environment.CurrentManagedThreadId}";
        var classified = baseline.Compare([new TestRunResult(result.TestCase, result.Overall)]).Results[0];
        var judged = result with { Classification = classified.Classification, BaselineEntry = classified.Entry };
        Guard("the Allure result", () => allure.Write(judged, $"{Environment.ProcessId} {thread}"));
        Guard(JUnitXml.FileName, () => junit.Add(judged));
        inner.TestFinished(result);
    }

    private void Guard(string what, Action write)
    {
        try
        {
            write();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.MarkupLineInterpolated($"[yellow]warning:[/] could not write {what}: {e.Message}");
        }
    }
}
