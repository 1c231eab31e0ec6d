using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;
using Harness.Tests.Reporting;
using Harness.Tests.Support;

namespace Harness.Tests.Cli;

/// <summary>
/// A run killed half-way (kill -9, no chance to clean up) keeps every test that finished: the command-line tool
/// writes each test's Allure result and junit.xml as the test ends, atomically, so what is there reads whole and
/// the HTML report still builds from it.
/// </summary>
[Category("Cli")]
[Category("Report")]
[Platform(Exclude = "Win")]
public sealed class KilledRunReportTests
{
    /// <summary>The first of ten seconds-long cases, plus process starts on a loaded 2-core machine.</summary>
    private static readonly TimeSpan FirstResultDeadline = TimeSpan.FromMinutes(4);

    private static readonly TimeSpan ExitDeadline = TimeSpan.FromSeconds(30);

    private static readonly string Cli = Path.Combine(AppContext.BaseDirectory, "lwm2m-conformance.dll");

    private string folder = null!;

    [SetUp]
    public void CreateFolder()
    {
        folder = Path.Combine(Path.GetTempPath(), "killed-run-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(folder, recursive: true);

    [Test]
    public async Task A_run_killed_after_its_first_test_leaves_readable_results_and_a_report_that_builds()
    {
        var plan = Path.Combine(folder, "testplan.yaml");
        await File.WriteAllTextAsync(plan, VendorPlan.Text());
        var results = Path.Combine(folder, "results");
        var allureResults = Path.Combine(results, "allure-results");
        using var firstResult = new FirstFileWatch(folder, "*-result.json");

        // setsid: the tool leads a process group of its own, so that kill -9 -PGID reaches it and nothing else.
        var tool = ExternalProcess.Start("setsid", ["dotnet", Cli, "run", "--plan", plan, "--results", results]);
        await firstResult.Seen.WaitAsync(FirstResultDeadline);
        var kill = await ExternalProcess.RunAsync("kill", ["-KILL", "--", "-" + tool.Id.ToString(CultureInfo.InvariantCulture)], TimeSpan.FromSeconds(10));
        Assert.That(kill.ExitCode, Is.EqualTo(0), kill.StandardError);
        await tool.WaitForExitAsync(ExitDeadline);

        Assert.That(tool.ExitCode, Is.EqualTo(137), "killed by SIGKILL, not finished:\n" + tool.StandardOutput);
        var written = Directory.GetFiles(allureResults, "*-result.json");
        Assert.That(written, Is.Not.Empty);
        Assert.That(written, Has.Length.LessThan(10), "the run was cut short:\n" + tool.StandardOutput);
        foreach (var file in written)
        {
            using var json = JsonDocument.Parse(await File.ReadAllTextAsync(file));
            foreach (var attachment in json.RootElement.GetProperty("attachments").EnumerateArray())
            {
                Assert.That(File.Exists(Path.Combine(allureResults, attachment.GetProperty("source").GetString()!)), Is.True, $"{file} names only files that are there");
            }
        }

        Assert.That(File.Exists(Path.Combine(allureResults, "environment.properties")), Is.True);
        var junitTests = (int)XDocument.Load(Path.Combine(results, "junit.xml")).Root!.Attribute("tests")!;
        Assert.That(junitTests, Is.InRange(written.Length - 1, written.Length), "junit.xml is written right after each Allure result");

        var html = Path.Combine(results, "html");
        var generate = await AllureReportTool.GenerateAsync(allureResults, html, Path.Combine(folder, "history.jsonl"));
        Assert.That(generate.ExitCode, Is.EqualTo(0), generate.StandardError);
        Assert.That(File.Exists(Path.Combine(html, "index.html")), Is.True);
        Assert.That(Directory.GetFiles(Path.Combine(html, "data", "test-results"), "*.json"), Has.Length.EqualTo(written.Length), "every finished test is in the report");
    }

    /// <summary>Completes when a file matching the pattern appears anywhere under a folder (created or renamed into place).</summary>
    private sealed class FirstFileWatch : IDisposable
    {
        private readonly FileSystemWatcher watcher;
        private readonly TaskCompletionSource seen = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public FirstFileWatch(string folder, string pattern)
        {
            watcher = new FileSystemWatcher(folder, pattern) { IncludeSubdirectories = true };
            watcher.Created += (_, _) => seen.TrySetResult();
            watcher.Renamed += (_, _) => seen.TrySetResult();
            watcher.EnableRaisingEvents = true;
        }

        public Task Seen => seen.Task;

        public void Dispose() => watcher.Dispose();
    }
}
