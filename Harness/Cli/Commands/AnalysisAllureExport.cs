using Harness.Runtime.Analysis;
using Harness.Runtime.Analysis.Text;
using Harness.Testing.Evidence;
using Harness.Testing.Metadata;
using Harness.Testing.Reporting.Allure;
using Harness.Testing.Suite;
using Harness.Testing.Verdicts;

namespace Harness.Cli.Commands;

/// <summary>
/// `analyze --allure DIR`: the analysis of one capture as one Allure test result, so that a lab's own capture gets
/// the same report as a suite run: the findings as checks (a violation fails, a warning is inconclusive), the capture
/// and its decoded timeline as attachments. The same folder can collect several analyses before `allure generate`.
/// </summary>
internal static class AnalysisAllureExport
{
    /// <summary>The Allure "interface" (epic) of an analysis result.</summary>
    public const string Interface = "Wire analysis";

    /// <summary>Writes the result (and the run files when the folder is new); returns the result file's path.</summary>
    public static string Write(string directory, string capturePath, WireAnalysisReport report, TimeProvider time)
    {
        var folder = Path.GetFullPath(directory);
        var fresh = !Directory.Exists(folder) || !Directory.EnumerateFileSystemEntries(folder).Any();
        var writer = new AllureResultsWriter(folder, RunInfo(capturePath), time);
        if (fresh)
        {
            writer.WriteRunFiles();
        }

        var checks = WireVerdicts.Judge(report, []);
        var verdict = new TestVerdict(VerdictCombination.Worst(checks.Select(check => check.Verdict)), checks);
        var timeline = Path.Combine(Path.GetTempPath(), $"lwm2m-analyze-{Guid.NewGuid():N}.timeline.txt");
        File.WriteAllText(timeline, WireTimelineText.Render(report.Timeline));
        try
        {
            var name = $"analyze.{Path.GetFileName(capturePath)}";
            var now = time.GetUtcNow();
            return writer.Write(new SuiteTestResult
            {
                FullName = name,
                TestCase = new TestCaseMetadata(name) { Interface = Interface },
                Title = $"Wire analysis of {Path.GetFileName(capturePath)}",
                Verdict = verdict,
                Published = true,
                Duration = TimeSpan.Zero,
                Start = now,
                Stop = now,
                Evidence = new TestEvidence
                {
                    Directory = Path.GetDirectoryName(capturePath) ?? folder,
                    CaptureMode = CaptureMode.None,
                    CaptureNote = "a capture given to `analyze`, not recorded by the harness",
                    CapturePath = capturePath,
                    CapturedFrames = report.Timeline.FrameCount,
                    TimelinePath = timeline,
                },
            });
        }
        finally
        {
            File.Delete(timeline);
        }
    }

    private static AllureRunInfo RunInfo(string capturePath) => new()
    {
        Host = Environment.MachineName,
        Dut = $"capture {Path.GetFileName(capturePath)}",
        Lwm2mVersion = "not known from a capture",
        Bindings = "as captured",
        ContentFormats = "as captured",
        Adapter = "none (offline analysis)",
        PlanPath = capturePath,
        HarnessVersion = typeof(AnalysisAllureExport).Assembly.GetName().Version?.ToString() ?? "unknown",
    };
}
