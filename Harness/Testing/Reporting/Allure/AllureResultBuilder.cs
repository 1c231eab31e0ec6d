using System.Text;
using Harness.Testing.Suite;
using Harness.Testing.Verdicts;

namespace Harness.Testing.Reporting.Allure;

/// <summary>Turns one finished <see cref="SuiteTestResult"/> into an Allure result and the attachments it refers to.</summary>
public sealed class AllureResultBuilder(AllureRunInfo run, TimeProvider time)
{
    public const string PcapMimeType = "application/vnd.tcpdump.pcap";
    public const string TextMimeType = "text/plain";

    /// <summary>The result for <paramref name="result"/>, with the files to place beside it.</summary>
    /// <param name="result">The finished test.</param>
    /// <param name="thread">The thread label (the runner's worker thread); the current thread's when null.</param>
    public (AllureTestResult Result, IReadOnlyList<AllureAttachmentSource> Attachments) Build(SuiteTestResult result, string? thread = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var stop = (result.Stop ?? time.GetUtcNow()).ToUnixTimeMilliseconds();
        var start = result.Start?.ToUnixTimeMilliseconds() ?? stop - (long)result.Duration.TotalMilliseconds;
        var attachments = Attachments(result);
        var allure = new AllureTestResult
        {
            Uuid = Guid.NewGuid().ToString(),
            HistoryId = AllureIds.HistoryId(result.FullName),
            TestCaseId = AllureIds.TestCaseId(result.TestCase.Id),
            Name = result.Title,
            FullName = result.FullName,
            Description = Description(result),
            Status = AllureVerdictMapping.Status(result.Overall),
            StatusDetails = StatusDetails(result),
            Start = start,
            Stop = Math.Max(start, stop),
            Labels = AllureLabels.For(result, run, thread ?? Thread.CurrentThread.Name ?? $"thread {Environment.CurrentManagedThreadId}"),
            Links = Links(result),
            Parameters = run.Parameters,
            Steps = AllureStepBuilder.Build(result.Verdict, result.Evidence?.Steps ?? [], start, stop),
            Attachments = [.. attachments.Select(source => source.Attachment)],
        };
        return (allure, attachments);
    }

    // Each cited clause, and the issue a baseline entry names for a known failure.
    private static List<AllureLink> Links(SuiteTestResult result)
    {
        var links = result.TestCase.SpecClauses.Concat(result.Verdict.Checks.Select(check => check.SpecClause).OfType<string>())
            .Distinct(StringComparer.Ordinal).Select(SpecClauseLinks.For).ToList();
        if (result.BaselineEntry?.Issue is { } issue && Uri.TryCreate(issue, UriKind.Absolute, out _))
        {
            links.Add(new AllureLink($"baseline: {result.BaselineEntry.Reason}", issue, "issue"));
        }

        return links;
    }

    private static AllureStatusDetails? StatusDetails(SuiteTestResult result)
    {
        if (result.Overall == Verdict.Pass)
        {
            return null;
        }

        var reason = result.DecidingReason is { Length: > 0 } deciding ? deciding : result.Message ?? "no reason given";
        var decidingCheck = result.Verdict.Deciding.FirstOrDefault();
        var failing = result.Verdict.Failures.ToList();
        return new AllureStatusDetails
        {
            Message = AllureVerdictMapping.Message(result.Overall, reason),
            Trace = result.Verdict.Describe(failing.Count > 0 ? failing : result.Verdict.Deciding),
            Expected = decidingCheck?.Expected,
            Actual = decidingCheck?.Actual,
            Known = result.Classification == Baselines.BaselineClassification.ExpectedFailure,
        };
    }

    private static List<AllureAttachmentSource> Attachments(SuiteTestResult result)
    {
        var attachments = new List<AllureAttachmentSource>();
        var evidence = result.Evidence;
        AddFile(attachments, "capture (pcapng)", evidence?.CapturePath, PcapMimeType, "pcapng");
        AddFile(attachments, "wire timeline", evidence?.TimelinePath, TextMimeType, "txt");
        AddFile(attachments, "DUT log", evidence?.DutLogPath, TextMimeType, "txt");
        if (!string.IsNullOrWhiteSpace(result.Output))
        {
            attachments.Add(new AllureAttachmentSource(new AllureAttachment("test output", NewSource("txt"), TextMimeType), null, result.Output));
        }

        return attachments;
    }

    private static void AddFile(List<AllureAttachmentSource> attachments, string name, string? path, string type, string extension)
    {
        if (path is not null && File.Exists(path))
        {
            attachments.Add(new AllureAttachmentSource(new AllureAttachment(name, NewSource(extension), type), path, null));
        }
    }

    private static string NewSource(string extension) => $"{Guid.NewGuid()}-attachment.{extension}";

    private static string Description(SuiteTestResult result)
    {
        var text = new StringBuilder();
        var testCase = result.TestCase;
        Line(text, "ETS", string.Join(", ", testCase.EtsIds));
        Line(text, "Requirements", string.Join(", ", testCase.RequirementIds));
        Line(text, "Clauses", string.Join("; ", testCase.SpecClauses));
        Line(text, "Verdict", $"{result.Overall}{(result.Published ? string.Empty : " (read from the NUnit outcome: the test published none)")}");
        if (result.Evidence is { } evidence)
        {
            Line(text, "Capture", $"{evidence.CaptureMode}, {evidence.CapturedFrames} frames, {evidence.DroppedFrames} dropped{(evidence.CaptureNote is { } note ? $" ({note})" : string.Empty)}");
        }

        if (result.Time is { } timing)
        {
            Line(text, "Time", $"{timing.Total.TotalSeconds:0.###} s, of which waiting for the DUT {timing.Waited.TotalSeconds:0.###} s");
        }

        return text.ToString();
    }

    private static void Line(StringBuilder text, string label, string value)
    {
        if (value.Length > 0)
        {
            text.Append("- **").Append(label).Append("**: ").Append(value).Append('\n');
        }
    }
}
