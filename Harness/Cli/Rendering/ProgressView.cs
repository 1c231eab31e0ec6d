using Harness.Testing.Metadata;
using Harness.Testing.Suite;
using Spectre.Console;

namespace Harness.Cli.Rendering;

/// <summary>
/// Shows a run as it goes: one line per finished test (verdict in its colour, ETS id, name, duration) and, on an
/// interactive terminal, a status line naming the test that runs. Redirected output gets the lines only.
/// </summary>
internal sealed class ProgressView(IAnsiConsole console) : ISuiteProgress
{
    private readonly Lock gate = new();
    private StatusContext? status;
    private int selected;
    private int finished;

    /// <summary>The live status to update, when the terminal is interactive.</summary>
    public void Attach(StatusContext context) => status = context;

    public void RunStarting(SuiteSelection selection)
    {
        selected = selection.ToRun.Count;
        console.MarkupLineInterpolated($"Running {selected} selected test case{(selected == 1 ? "" : "s")} ({selection.NotRun.Count()} not selected).");
    }

    public void TestStarted(SuiteTestStarted started)
    {
        lock (gate)
        {
            status?.Status(Markup.Escape($"{finished} finished; running {Name(started.TestCase, started.FullName)}"));
        }
    }

    public void TestFinished(SuiteTestResult result)
    {
        lock (gate)
        {
            finished++;
            var colour = VerdictStyle.Colour(result.Overall);
            var label = Markup.Escape(VerdictStyle.Label(result.Overall));
            var name = Markup.Escape(Name(result.TestCase, result.FullName));
            var duration = Markup.Escape(VerdictStyle.Duration(result.Duration));
            console.MarkupLine($"[grey][[{finished,3}]][/] [{colour}]{label}[/] {name} [grey]({duration})[/]");
        }
    }

    // "LightweightM2M-1.1-int-101 Class.Method(args)": the ETS id leads, the test stays findable in the code.
    internal static string Name(TestCaseMetadata testCase, string fullName)
    {
        var classEnd = testCase.Id.LastIndexOf('.');
        var namespaceEnd = classEnd > 0 ? testCase.Id.LastIndexOf('.', classEnd - 1) : -1;
        var shortName = namespaceEnd >= 0 && fullName.StartsWith(testCase.Id[..classEnd], StringComparison.Ordinal) ? fullName[(namespaceEnd + 1)..] : fullName;
        return testCase.EtsIds.Count == 0 ? shortName : $"{string.Join(", ", testCase.EtsIds)} {shortName}";
    }
}
