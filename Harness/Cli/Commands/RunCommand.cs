using System.CommandLine;
using System.Globalization;
using System.Net;
using System.Reflection;
using Harness.Cli.Rendering;
using Harness.Cli.Results;
using Harness.Testing.Evidence;
using Harness.Testing.Reporting.Allure;
using Harness.Testing.Reporting.JUnit;
using Harness.Testing.Suite;
using Spectre.Console;

namespace Harness.Cli.Commands;

/// <summary>`run`: validates the plan, runs the selected test cases, prints a summary, writes results.json, the Allure results and junit.xml.</summary>
public sealed class RunCommand(CliContext context)
{
    /// <summary>Where results go when --results is not given, relative to the working directory.</summary>
    public const string DefaultResultsRoot = "Reports/out";

    /// <summary>The folder inside the results folder holding one evidence folder per test.</summary>
    public const string EvidenceFolderName = "evidence";

    /// <summary>`run --capture MODE`: how each test records its traffic.</summary>
    public static Option<string> CaptureOption() => new Option<string>("--capture")
    {
        Description = "How each test records its traffic: auto (live capture, else the in-process tap), live (Error without it), tap, off",
        HelpName = "MODE",
        DefaultValueFactory = _ => "auto",
    }.AcceptOnlyFromAmong("auto", "live", "tap", "off");

    /// <summary>Runs the suite; returns the exit code (see <see cref="ExitCodes"/>).</summary>
    public int Execute(RunSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var console = context.Console;
        if (PlanInput.Load(context, settings.PlanPath) is not { } input || TestAssemblyLoader.Load(context) is not { } assembly)
        {
            return ExitCodes.InvalidInput;
        }

        var resultsFolder = settings.ResultsDirectory is { } given ? context.FullPath(given) : DefaultResultsFolder();
        Directory.CreateDirectory(resultsFolder);
        PlanHeaderView.Write(console, input);
        var capture = CaptureChoices.Parse(settings.Capture) ?? CaptureChoice.Auto;
        var address = IPAddress.TryParse(input.Plan.Ixit.ServerAddress, out var parsed) ? parsed : IPAddress.Loopback;
        console.MarkupLineInterpolated($"capture: {TestCapture.Announce(capture, address)}");

        var request = new SuiteRunRequest(assembly, input.PlanPath, input.Plan)
        {
            Baseline = input.Baseline,
            Filters = settings.Filters,
            Capture = settings.Capture,
            EvidenceRoot = Path.Combine(resultsFolder, EvidenceFolderName),
        };
        var allure = new AllureResultsWriter(
            Path.Combine(resultsFolder, AllureResultsWriter.FolderName), AllureRunInfo.From(input.Plan, input.PlanPath, Path.GetFileName(resultsFolder)), context.Time);
        var junit = new JUnitXmlFile(Path.Combine(resultsFolder, JUnitXml.FileName), AllureRunInfo.ReportName);
        var run = Run(request, view => new ReportFilesProgress(view, allure, junit, input.Baseline, console));

        if (run.Selection.ToRun.Count == 0)
        {
            console.MarkupLineInterpolated($"[yellow]Nothing was selected:[/] none of the {run.Selection.Decisions.Count} test case(s) runs under this plan{(settings.Filters.Count > 0 ? " and these filters" : "")}; `list` says why.");
        }

        SummaryView.Write(console, run);
        var json = ResultsJsonWriter.Write(resultsFolder, run, input.PlanPath, input.BaselinePath);
        junit.Replace(run.Results);
        console.MarkupLineInterpolated($"Results: {json}");
        console.MarkupLineInterpolated($"Allure results: {allure.Directory}");
        console.MarkupLineInterpolated($"JUnit XML: {junit.Path}");
        return run.Cancelled ? ExitCodes.Interrupted : run.HasNewFailures ? ExitCodes.NewFailures : ExitCodes.Success;
    }

    private SuiteRunResult Run(SuiteRunRequest request, Func<ISuiteProgress, ISuiteProgress> withReports)
    {
        var view = new ProgressView(context.Console);
        var progress = withReports(view);
        var runner = new SuiteRunner(context.Time);
        if (!context.Interactive)
        {
            return runner.Run(request, progress, context.Stop);
        }

        return context.Console.Status().Start("Starting", status =>
        {
            view.Attach(status);
            return runner.Run(request, progress, context.Stop);
        });
    }

    // Reports/out/20261122-231500, with -2, -3... when two runs start within the same second.
    private string DefaultResultsFolder()
    {
        var stamp = context.Time.GetUtcNow().ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        var root = context.FullPath(DefaultResultsRoot);
        var folder = Path.Combine(root, stamp);
        for (var suffix = 2; Directory.Exists(folder); suffix++)
        {
            folder = Path.Combine(root, $"{stamp}-{suffix}");
        }

        return folder;
    }
}
