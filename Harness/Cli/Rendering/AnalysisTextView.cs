using System.Globalization;
using System.Text;
using Harness.Runtime.Analysis;
using Spectre.Console;

namespace Harness.Cli.Rendering;

/// <summary>The text report of `analyze`: a summary line, then every finding, then (on request) the timeline.</summary>
internal static class AnalysisTextView
{
    /// <summary>"12 frames, 12 CoAP messages, 1 violation, 0 warnings".</summary>
    public static string Summary(WireAnalysisReport report)
    {
        var violations = report.Findings.Count(f => f.Severity == WireFindingSeverity.Violation);
        var warnings = report.Findings.Count - violations;
        return string.Create(CultureInfo.InvariantCulture,
            $"{report.Timeline.FrameCount} frames, {report.Timeline.Messages.Count} CoAP messages, {violations} violation(s), {warnings} warning(s)");
    }

    public static string Render(WireAnalysisReport report, string path, bool timeline)
    {
        var text = new StringBuilder();
        text.Append(path).Append(": ").AppendLine(Summary(report));
        foreach (var note in report.Timeline.Notes)
        {
            text.Append("note: ").AppendLine(note);
        }

        foreach (var failure in report.RuleFailures)
        {
            text.Append("rule failure: ").AppendLine(failure.ToString());
        }

        foreach (var finding in report.Findings)
        {
            text.AppendLine();
            var frames = string.Join(", ", finding.MessageIndexes.Select(i => report.Timeline.Messages[i].FrameNumber.ToString(CultureInfo.InvariantCulture)));
            text.Append(finding.Severity == WireFindingSeverity.Violation ? "VIOLATION " : "WARNING   ")
                .Append(finding.RuleId).Append(" (").Append(finding.Clause).Append(") frames ").AppendLine(frames);
            text.Append("  ").AppendLine(finding.Description);
            if (finding.Expected is not null)
            {
                text.Append("  expected: ").AppendLine(finding.Expected);
            }

            if (finding.Actual is not null)
            {
                text.Append("  actual:   ").AppendLine(finding.Actual);
            }
        }

        if (timeline)
        {
            text.AppendLine().AppendLine("Timeline:");
            var start = report.Timeline.Messages.Count > 0 ? report.Timeline.Messages[0].Time : default;
            foreach (var message in report.Timeline.Messages)
            {
                text.AppendLine(TimelineLine(message, start));
            }
        }

        return text.ToString();
    }

    /// <summary>"   12  +1.302000 s  127.0.0.1:5683 -> 127.0.0.1:56830  ACK 0.00 Empty mid=0x0101  # comment".</summary>
    public static string TimelineLine(WireMessage message, DateTimeOffset start)
    {
        var what = message.Message?.ToString()
            ?? $"undecodable ({message.Decoded.FirstError?.ToString() ?? "no message"})";
        var line = string.Create(CultureInfo.InvariantCulture,
            $"{message.FrameNumber,6}  +{(message.Time - start).TotalSeconds:0.000000} s  {message.Source} -> {message.Destination}  {(message.Transport == WireTransport.Tcp ? "TCP " : string.Empty)}{what}");
        return message.Comment is null ? line : $"{line}  # {message.Comment}";
    }

    public static void WriteRules(IAnsiConsole console, IEnumerable<IWireRule> rules)
    {
        var table = new Table().Border(TableBorder.Simple).AddColumns("Id", "Clause", "Title");
        foreach (var rule in rules)
        {
            table.AddRow(Markup.Escape(rule.Id), Markup.Escape(rule.Clause), Markup.Escape(rule.Title));
        }

        console.Write(table);
    }
}
