using Harness.Testing.Reporting.Allure;
using Harness.Testing.Reporting.JUnit;
using Harness.Testing.Suite;
using Spectre.Console;

namespace Harness.Cli.Results;

/// <summary>
/// Writes the report files as the run goes, then hands every event on to <paramref name="inner"/>: the Allure
/// run files and an empty junit.xml at the start, and each test's Allure result and the updated junit.xml as soon as it finishes, so
/// that a run killed half-way keeps every finished test. A file that cannot be written is reported, not fatal.
/// </summary>
internal sealed class ReportFilesProgress(ISuiteProgress inner, AllureResultsWriter allure, JUnitXmlFile junit, IAnsiConsole console) : ISuiteProgress
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
        Guard("the Allure result", () => allure.Write(result, $"{Environment.ProcessId} {thread}"));
        Guard(JUnitXml.FileName, () => junit.Add(result));
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
