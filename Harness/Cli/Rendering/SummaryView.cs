using Harness.Testing.Baselines;
using Harness.Testing.Suite;
using Spectre.Console;

namespace Harness.Cli.Rendering;

/// <summary>The end of a run: a table of every finished test, counts per verdict and against the baseline.</summary>
internal static class SummaryView
{
    public static void Write(IAnsiConsole console, SuiteRunResult run)
    {
        if (run.Results.Count > 0)
        {
            console.Write(Table(run));
        }

        var counts = run.CountByVerdict.Select(pair => $"[{VerdictStyle.Colour(pair.Key)}]{pair.Key} {pair.Value}[/]");
        console.MarkupLine($"Verdicts: {(run.Results.Count == 0 ? "none" : string.Join(", ", counts))}");
        var newFailures = Count(run, BaselineClassification.NewFailure);
        var expected = Count(run, BaselineClassification.ExpectedFailure);
        var fixedOnes = Count(run, BaselineClassification.Fixed);
        console.MarkupLine($"Baseline: [{(newFailures > 0 ? "red" : "green")}]{newFailures} new failure{(newFailures == 1 ? "" : "s")}[/], {expected} expected, {fixedOnes} fixed");
        foreach (var result in run.Results.Where(result => result.Classification == BaselineClassification.Fixed))
        {
            console.MarkupLineInterpolated($"[green]fixed:[/] {result.FullName} passes; its baseline entry \"{result.BaselineEntry?.Test}\" can go.");
        }

        if (run.Cancelled)
        {
            console.MarkupLineInterpolated($"[yellow]Interrupted:[/] {run.NotStarted.Count} selected test case{(run.NotStarted.Count == 1 ? " was" : "s were")} not run.");
        }
    }

    private static Table Table(SuiteRunResult run)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("ETS id").AddColumn("Title").AddColumn("Verdict").AddColumn(new TableColumn("Duration").RightAligned())
            .AddColumn("Baseline").AddColumn("Deciding reason");
        foreach (var result in run.Results)
        {
            table.AddRow(
                new Text(result.TestCase.EtsIds.Count == 0 ? "-" : string.Join(", ", result.TestCase.EtsIds)),
                new Text(result.Title),
                new Markup($"[{VerdictStyle.Colour(result.Overall)}]{result.Overall}[/]"),
                new Text(VerdictStyle.Duration(result.Duration)),
                new Text(VerdictStyle.Describe(result.Classification)),
                new Text(FirstLine(result.DecidingReason)));
        }

        return table;
    }

    private static int Count(SuiteRunResult run, BaselineClassification classification) =>
        run.Results.Count(result => result.Classification == classification);

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();
}
