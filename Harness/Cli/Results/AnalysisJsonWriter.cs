using System.Text.Encodings.Web;
using System.Text.Json;
using Harness.Runtime.Analysis;

namespace Harness.Cli.Results;

/// <summary>
/// The JSON report of `analyze` (shape documented in README "Analyzing a capture"): stable camelCase field names,
/// severities as "Violation"/"Warning", times as ISO 8601, frames as the capture's frame numbers.
/// </summary>
internal static class AnalysisJsonWriter
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // a file for people and tools, never embedded in HTML: keep "§" readable
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    public static string Serialize(WireAnalysisReport report, string path, WireAnalysisSettings settings, bool timeline)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(settings);
        var messages = report.Timeline.Messages;
        var start = messages.Count > 0 ? messages[0].Time : default;
        var document = new AnalysisDocument(
            File: path,
            Frames: report.Timeline.FrameCount,
            Messages: messages.Count,
            Violations: report.Findings.Count(f => f.Severity == WireFindingSeverity.Violation),
            Warnings: report.Findings.Count(f => f.Severity == WireFindingSeverity.Warning),
            Settings: new AnalysisSettingsDocument(
                settings.Transmission.AckTimeout.TotalMilliseconds,
                settings.Transmission.AckRandomFactor,
                settings.Transmission.MaxRetransmit,
                settings.TimingTolerance.TotalMilliseconds,
                settings.HarnessEndpoints.Select(e => e.ToString()).Order(StringComparer.Ordinal).ToList()),
            Findings: report.Findings.Select(f => new AnalysisFindingDocument(
                f.RuleId,
                f.Clause,
                f.Severity.ToString(),
                f.Description,
                f.MessageIndexes.Select(i => messages[i].FrameNumber).ToList(),
                f.MessageIndexes,
                f.Culprit?.ToString(),
                f.Expected,
                f.Actual)).ToList(),
            Notes: report.Timeline.Notes,
            RuleFailures: report.RuleFailures.Select(r => r.ToString()).ToList(),
            Timeline: timeline
                ? messages.Select(m => new AnalysisMessageDocument(
                    m.FrameNumber,
                    m.Time,
                    (m.Time - start).TotalSeconds,
                    m.Source.ToString(),
                    m.Destination.ToString(),
                    m.Transport.ToString(),
                    m.Message?.ToString(),
                    m.Decoded.FirstError?.ToString(),
                    m.Comment)).ToList()
                : null);
        return JsonSerializer.Serialize(document, Options) + Environment.NewLine;
    }
}
