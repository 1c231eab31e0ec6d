using Harness.Testing.Selection;
using Harness.Testing.Suite;
using Spectre.Console;

namespace Harness.Cli.Rendering;

/// <summary>What `list` prints: the test cases that would run, then every other one with the reason it would not.</summary>
internal static class SelectionView
{
    public static void Write(IAnsiConsole console, SuiteSelection selection)
    {
        var toRun = selection.ToRun;
        console.MarkupLineInterpolated($"[bold]Would run[/] ({toRun.Count}):");
        if (toRun.Count == 0)
        {
            console.WriteLine("  nothing: no test case is selected by this plan.");
        }

        foreach (var testCase in toRun)
        {
            console.MarkupLineInterpolated($"  [green]run[/]  {Ets(testCase.EtsIds)}  {testCase.Id}");
        }

        var notRun = selection.NotRun.ToList();
        console.MarkupLineInterpolated($"[bold]Would not run[/] ({notRun.Count}):");
        foreach (var decision in notRun)
        {
            var colour = decision.Outcome is SelectionOutcome.NotRunnable ? "red" : "grey";
            console.MarkupLineInterpolated($"  [{colour}]{Outcome(decision.Outcome)}[/]  {Ets(decision.TestCase.EtsIds)}  {decision.TestCase.Id}: {decision.Reason}");
        }

        var totals = selection.Decisions.GroupBy(decision => decision.Outcome).OrderBy(group => group.Key)
            .Select(group => $"{group.Count()} {Outcome(group.Key).Trim()}");
        console.WriteLine($"Total: {selection.Decisions.Count} test case(s): {(selection.Decisions.Count == 0 ? "none" : string.Join(", ", totals))}");
    }

    private static string Ets(IReadOnlyList<string> etsIds) => etsIds.Count == 0 ? "-" : string.Join(", ", etsIds);

    private static string Outcome(SelectionOutcome outcome) => outcome switch
    {
        SelectionOutcome.Run => "run",
        SelectionOutcome.Excluded => "excluded",
        SelectionOutcome.OutsideVersionRange => "other version",
        SelectionOutcome.NotApplicable => "not applicable",
        _ => "not runnable",
    };
}
