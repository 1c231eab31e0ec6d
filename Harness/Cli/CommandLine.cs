using System.CommandLine;
using Harness.Cli.Commands;

namespace Harness.Cli;

/// <summary>
/// The command-line grammar (System.CommandLine) and its dispatch to the command classes. Usage errors exit with
/// <see cref="ExitCodes.InvalidInput"/>, not System.CommandLine's default 1, which here means new failures.
/// </summary>
public sealed class CommandLine(CliContext context, TextWriter output)
{
    /// <summary>The plan used when --plan is not given, relative to the working directory.</summary>
    public const string DefaultPlan = "testplan.yaml";

    /// <summary>Parses <paramref name="args"/> and runs the chosen command; returns its exit code.</summary>
    public int Invoke(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var parsed = Build().Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                output.WriteLine($"error: {error.Message}");
            }

            output.WriteLine("Run 'lwm2m-conformance --help' for usage.");
            return ExitCodes.InvalidInput;
        }

        // Ctrl+C is handled by the caller through CliContext.Stop, so that the running test can finish.
        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = output, ProcessTerminationTimeout = null, EnableDefaultExceptionHandler = false });
    }

    /// <summary>The root command with run, list and validate.</summary>
    public RootCommand Build()
    {
        var root = new RootCommand("OMA LwM2M conformance test suite: runs the ETS test cases against the device a test plan describes.");

        var runPlan = PlanOption();
        var runFilter = FilterOption();
        var results = new Option<string?>("--results", "-r")
        {
            Description = $"Folder for results.json, allure-results/ and junit.xml [default: {RunCommand.DefaultResultsRoot}/<UTC timestamp>]",
            HelpName = "DIR",
        };
        var capture = RunCommand.CaptureOption();
        var run = new Command("run", "Validate the plan, run the selected test cases, print a summary and write results.json. " +
            "Exit 0: no failure outside the baseline; 1: new failures; 2: invalid plan or usage; 130: interrupted.")
        {
            runPlan, runFilter, results, capture,
        };
        run.SetAction(parse => new RunCommand(context).Execute(
            new RunSettings(parse.GetRequiredValue(runPlan), parse.GetValue(runFilter) ?? [], parse.GetValue(results)) { Capture = parse.GetRequiredValue(capture) }));

        var listPlan = PlanOption();
        var listFilter = FilterOption();
        var list = new Command("list", "Show what would run under the plan and, for every other test case, why not.") { listPlan, listFilter };
        list.SetAction(parse => new ListCommand(context).Execute(parse.GetRequiredValue(listPlan), parse.GetValue(listFilter) ?? []));

        var validatePlan = PlanOption();
        var validate = new Command("validate", "Load the plan and its baseline and report every error (file:line:column).") { validatePlan };
        validate.SetAction(parse => new ValidateCommand(context).Execute(parse.GetRequiredValue(validatePlan)));

        root.Add(run);
        root.Add(list);
        root.Add(validate);
        root.Add(TraceCommand.Create(context));
        root.Add(AnalyzeCommand.Create(context));
        return root;
    }

    private static Option<string> PlanOption() => new("--plan", "-p")
    {
        Description = "The test plan describing the device under test",
        HelpName = "PATH",
        DefaultValueFactory = _ => DefaultPlan,
    };

    private static Option<string[]> FilterOption() => new("--filter", "-f")
    {
        Description = "Only test cases whose ETS id or test name matches (* and ? as wildcards); repeat for more",
        HelpName = "ETS-ID-OR-GLOB",
    };
}
