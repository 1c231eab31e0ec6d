using Harness.Testing.Reporting.Allure;
using Harness.Tests.Testing.Reporting;
using Microsoft.Extensions.Time.Testing;

namespace Harness.Tests.Reporting;

/// <summary>
/// Reports/allurerc.mjs: each folder report adds its run to the history file (trends across runs), and the
/// single-file variant is one self-contained HTML page that reads the history without adding the run again.
/// </summary>
[Category("Report")]
[NonParallelizable]
public sealed class ReportHistoryAndSingleFileTests
{
    private string folder = null!;
    private string results = null!;
    private string history = null!;

    [SetUp]
    public void WriteResults()
    {
        folder = Path.Combine(Path.GetTempPath(), "allure-history-" + Guid.NewGuid().ToString("N"));
        var writer = new AllureResultsWriter(Path.Combine(folder, "allure-results"), SampleResults.Run, new FakeTimeProvider(SampleResults.Start));
        writer.WriteRunFiles();
        writer.Write(SampleResults.Passing());
        writer.Write(new SampleResults(Path.Combine(folder, "evidence")).Failing());
        results = writer.Directory;
        history = Path.Combine(folder, "history.jsonl");
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(folder, recursive: true);

    [Test]
    public async Task Each_folder_report_adds_one_run_to_the_history_and_the_single_file_report_adds_none()
    {
        var first = await AllureReportTool.GenerateAsync(results, Path.Combine(folder, "html-1"), history);
        var second = await AllureReportTool.GenerateAsync(results, Path.Combine(folder, "html-2"), history);
        var single = await AllureReportTool.GenerateAsync(results, Path.Combine(folder, "single"), history, singleFile: true);

        Assert.That(new[] { first.ExitCode, second.ExitCode, single.ExitCode }, Is.All.EqualTo(0), first.StandardError + second.StandardError + single.StandardError);
        Assert.That(File.ReadAllLines(history).Where(line => line.Length > 0).ToList(), Has.Count.EqualTo(2));
        Assert.That(Directory.GetFileSystemEntries(Path.Combine(folder, "single")).Select(Path.GetFileName), Does.Contain("index.html"));
        Assert.That(Directory.Exists(Path.Combine(folder, "single", "data")), Is.False, "everything is inside index.html");
        var page = await File.ReadAllTextAsync(Path.Combine(folder, "single", "index.html"));
        Assert.That(page, Does.Not.Match(@"<script\s+src=""(?!data:)"), "no script loaded from another file (the folder report has <script src=\"app-....js\">; here they are data: URLs)");
    }
}
