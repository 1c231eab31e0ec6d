using System.Text.Json;
using Harness.Testing.Reporting.Allure;
using Harness.Tests.Testing.Reporting;
using Microsoft.Extensions.Time.Testing;

namespace Harness.Tests.Reporting;

/// <summary>
/// The HTML report as a reader sees it: results from our writer (a pass, a failure with steps and a pcapng, an
/// out-of-time and a not-applicable case) made into a report by the pinned npm `allure`, served on loopback and
/// rendered by headless Chromium. The awesome report routes a test's page as #/&lt;id&gt;, the id being the name
/// of its file under data/test-results.
/// </summary>
[Category("Report")]
[NonParallelizable]
public sealed class ReportInBrowserTests
{
    private const string FailingTitle = "Querying basic information in Plain Text format";

    private string folder = null!;
    private string html = null!;

    [OneTimeSetUp]
    public async Task GenerateReport()
    {
        folder = Path.Combine(Path.GetTempPath(), "allure-browser-" + Guid.NewGuid().ToString("N"));
        var samples = new SampleResults(Path.Combine(folder, "evidence"));
        var writer = new AllureResultsWriter(Path.Combine(folder, "allure-results"), SampleResults.Run, new FakeTimeProvider(SampleResults.Start));
        writer.WriteRunFiles();
        writer.Write(SampleResults.Passing());
        writer.Write(samples.Failing());
        writer.Write(SampleResults.OutOfTime());
        writer.Write(SampleResults.NotApplicable());
        html = Path.Combine(folder, "html");

        var generate = await AllureReportTool.GenerateAsync(writer.Directory, html, Path.Combine(folder, "history.jsonl"));

        Assert.That(generate.ExitCode, Is.EqualTo(0), "allure generate exits 0 even with failed tests: " + generate.StandardError);
        Assert.That(File.Exists(Path.Combine(html, "index.html")), Is.True, generate.StandardOutput);
    }

    [OneTimeTearDown]
    public void DeleteFolder()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public async Task The_overview_names_the_report_the_DUT_and_the_interfaces()
    {
        await using var server = new StaticFileServer(html);

        var page = PageText.Of(await HeadlessChromium.DumpDomAsync(server.Url("index.html")));

        Assert.That(page, Does.Contain("LwM2M conformance").And.Contain("client urn:dev:sample"));
        Assert.That(page, Does.Contain("Registration").And.Contain("DeviceManagement"));
        Assert.That(page, Does.Not.Contain("Bootstrap-Server initiated"), "a name that is in no result");
    }

    [Test]
    public async Task Every_test_has_a_page_under_its_name()
    {
        await using var server = new StaticFileServer(html);

        foreach (var (title, id) in TestPages())
        {
            var page = PageText.Of(await HeadlessChromium.DumpDomAsync(server.Url($"index.html#/{id}")));
            Assert.That(page, Does.Contain(title), $"the page of {title}");
        }

        Assert.That(TestPages().Keys, Is.EquivalentTo(new[] { "Initial Registration", FailingTitle, "Registration Update", "Querying basic information in TLV format" }));
    }

    [Test]
    public async Task The_failing_test_shows_its_reason_its_steps_and_its_capture()
    {
        await using var server = new StaticFileServer(html);

        var page = PageText.Of(await HeadlessChromium.DumpDomAsync(server.Url($"index.html#/{TestPages()[FailingTitle]}")));

        Assert.That(page, Does.Contain("Fail: Model Number came back as TLV"));
        Assert.That(page, Does.Contain("Step 1: Read Manufacturer in plain text").And.Contain("Step 2: Read Model Number in plain text"));
        Assert.That(page, Does.Contain("capture (pcapng)").And.Contain("wire timeline").And.Contain("DUT log"));
    }

    // Test title → the report's id for it, from the report's own data files.
    private Dictionary<string, string> TestPages() =>
        Directory.GetFiles(Path.Combine(html, "data", "test-results"), "*.json").Select(file =>
        {
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            return (Name: json.RootElement.GetProperty("name").GetString()!, Id: json.RootElement.GetProperty("id").GetString()!);
        }).ToDictionary(page => page.Name, page => page.Id, StringComparer.Ordinal);
}
