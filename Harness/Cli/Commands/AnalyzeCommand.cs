using System.CommandLine;
using Harness.Cli.Rendering;
using Harness.Cli.Results;
using Harness.Runtime.Analysis;
using Harness.Runtime.Analysis.Reading;
using Harness.Runtime.Analysis.Rules;
using Harness.Runtime.Analysis.Timeline;
using Spectre.Console;

namespace Harness.Cli.Commands;

/// <summary>
/// `analyze FILE`: reads a pcap or pcapng capture, judges it with every wire rule and prints the findings as text or
/// JSON. Exit 0 with no violation (warnings allowed), 1 with violations, 2 for an unreadable file or bad options.
/// </summary>
public sealed class AnalyzeCommand(CliContext context)
{
    /// <summary>The `analyze` command with its options, bound to this context.</summary>
    public static Command Create(CliContext context)
    {
        var file = new Argument<string?>("FILE") { Description = "The capture (pcap or pcapng)", Arity = ArgumentArity.ZeroOrOne };
        var format = new Option<string>("--format") { Description = "text or json", HelpName = "text|json", DefaultValueFactory = _ => "text" };
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to FILE instead of the console", HelpName = "FILE" };
        var ackTimeout = new Option<double?>("--ack-timeout") { Description = "ACK_TIMEOUT in seconds the DUT was configured with [default: 2]", HelpName = "SECONDS" };
        var randomFactor = new Option<double?>("--ack-random-factor") { Description = "ACK_RANDOM_FACTOR [default: 1.5]", HelpName = "FACTOR" };
        var maxRetransmit = new Option<int?>("--max-retransmit") { Description = "MAX_RETRANSMIT [default: 4]", HelpName = "COUNT" };
        var ports = new Option<int[]>("--port") { Description = "Another port carrying CoAP besides 5683/5684; repeat for more", HelpName = "PORT" };
        var harness = new Option<string[]>("--harness") { Description = "An endpoint whose messages are never at fault (ADDR:PORT); repeat for more", HelpName = "ADDR:PORT" };
        var timeline = new Option<bool>("--timeline") { Description = "Print the decoded timeline too" };
        var rules = new Option<bool>("--rules") { Description = "List the rules (id, clause, title) and exit" };
        var allure = new Option<string?>("--allure") { Description = "Also write the analysis as an Allure result into DIR (for `allure generate`)", HelpName = "DIR" };
        var command = new Command("analyze", "Judge a capture with the wire rules and print the findings. " +
            "Exit 0: no violation; 1: violations found; 2: unreadable file or invalid options.")
        {
            file, format, output, ackTimeout, randomFactor, maxRetransmit, ports, harness, timeline, rules, allure,
        };
        command.SetAction(parse => new AnalyzeCommand(context).Execute(new AnalyzeOptions
        {
            File = parse.GetValue(file),
            Format = parse.GetValue(format) ?? "text",
            Output = parse.GetValue(output),
            AckTimeoutSeconds = parse.GetValue(ackTimeout),
            AckRandomFactor = parse.GetValue(randomFactor),
            MaxRetransmit = parse.GetValue(maxRetransmit),
            Ports = parse.GetValue(ports) ?? [],
            Harness = parse.GetValue(harness) ?? [],
            Timeline = parse.GetValue(timeline),
            ListRules = parse.GetValue(rules),
            Allure = parse.GetValue(allure),
        }));
        return command;
    }

    internal int Execute(AnalyzeOptions options)
    {
        if (options.ListRules)
        {
            AnalysisTextView.WriteRules(context.Console, WireRuleSet.All);
            return ExitCodes.Success;
        }

        var (settings, errors) = options.ToSettings();
        if (options.File is null)
        {
            errors = [.. errors, "FILE is required: the capture to analyze"];
        }

        if (settings is null || errors.Count > 0)
        {
            return Fail(errors);
        }

        var path = context.FullPath(options.File!);
        WireAnalysisReport report;
        try
        {
            report = WireAnalyzer.Analyze(path, WireRuleSet.All, settings, options.TimelineOptions());
        }
        catch (Exception error) when (error is CaptureFormatException or IOException or UnauthorizedAccessException)
        {
            return Fail([$"cannot read {path}: {error.Message}"]);
        }

        var text = options.Format == "json"
            ? AnalysisJsonWriter.Serialize(report, path, settings, options.Timeline)
            : AnalysisTextView.Render(report, path, options.Timeline);
        if (options.Output is { } output)
        {
            var target = context.FullPath(output);
            File.WriteAllText(target, text);
            context.Console.WriteLine(AnalysisTextView.Summary(report) + $" (report written to {target})");
        }
        else
        {
            context.Console.Profile.Out.Writer.Write(text);
        }

        if (options.Allure is { } allureFolder)
        {
            var result = AnalysisAllureExport.Write(context.FullPath(allureFolder), path, report, context.Time);
            context.Console.WriteLine($"Allure result: {result}");
        }

        return report.HasViolations ? ExitCodes.NewFailures : ExitCodes.Success;
    }

    private int Fail(IEnumerable<string> errors)
    {
        foreach (var error in errors)
        {
            context.Console.MarkupLine($"[red]error:[/] {Markup.Escape(error)}");
        }

        return ExitCodes.InvalidInput;
    }
}
