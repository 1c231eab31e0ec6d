using System.Net;
using Harness.Runtime.Analysis;
using Harness.Runtime.Analysis.Text;
using Harness.Runtime.Analysis.Reading;
using Harness.Runtime.Analysis.Rules;
using Harness.Runtime.Analysis.Timeline;
using Harness.Runtime.Capture;
using Harness.Runtime.Coap;
using Harness.Testing.Evidence;
using Harness.Testing.Verdicts;
using NUnit.Framework;

namespace Harness.Testing.Cases;

/// <summary>
/// The evidence of a test: the capture started once the server's port is known and stopped after the server is
/// closed, the steps walked with their times, the DUT's log, all written to the test's evidence folder and
/// published with the verdict.
/// </summary>
public abstract partial class ServerTestCase
{
    private StepRecorder? stepRecorder;
    private string? dutLog;
    private TestEvidence? evidence;

    /// <summary>What to capture and where evidence goes; tests of the base classes may override it.</summary>
    protected virtual EvidenceOptions ChooseEvidence() => EvidenceOptions.Current;

    /// <summary>Keeps the DUT's console output and lifecycle as the test's dut.log.</summary>
    protected void RecordDutLog(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        dutLog = text;
    }

    /// <summary>Starts the capture of <paramref name="harness"/>'s traffic; null, with an Error recorded, when the test cannot have the capture it needs.</summary>
    private TestCapture? StartCapture(EvidenceOptions options, IPEndPoint harness)
    {
        if (options.Capture is not { } choice)
        {
            verdicts.Record(new VerdictCheck(Verdict.Error, $"capture \"{options.CaptureText}\" is none of {CaptureChoices.Allowed}") { Step = CurrentStep });
            return null;
        }

        try
        {
            var capture = TestCapture.Start(choice, [harness], Time);
            TestContext.Out.WriteLine($"capture: {capture.Description}");
            return capture;
        }
        catch (CaptureUnavailableException e)
        {
            verdicts.Record(new VerdictCheck(Verdict.Error, $"live capture was required (capture=live) but is unavailable: {e.Message}") { Step = CurrentStep });
            return null;
        }
    }

    /// <summary>Stops the capture and writes the evidence folder; problems become Error checks, never silence.</summary>
    private async Task FinishEvidenceAsync(string testName, EvidenceOptions options, TestCapture capture, IPEndPoint harness, IReadOnlyList<CoapDatagram> traffic)
    {
        var steps = stepRecorder!.Finish(Time.GetUtcNow());
        CaptureOutcome outcome;
        try
        {
            outcome = await capture.StopAsync(HarnessDatagrams.From(traffic, harness)).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            verdicts.Record(new VerdictCheck(Verdict.Error, $"the capture could not be stopped: {e.Message}") { Step = CurrentStep, Actual = e.ToString() });
            outcome = CaptureOutcome.None($"the capture failed: {e.Message}");
        }
        finally
        {
            capture.Dispose();
        }

        var folder = EvidenceFolder.PathFor(options.Root, testName);
        try
        {
            evidence = EvidenceWriter.Write(folder, outcome, steps, dutLog, Time.GetUtcNow());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            verdicts.Record(new VerdictCheck(Verdict.Error, $"the evidence could not be written to {folder}: {e.Message}") { Step = CurrentStep });
            return;
        }

        var dropped = evidence.DroppedFrames > 0 ? $", {evidence.DroppedFrames} dropped or missing" : "";
        TestContext.Out.WriteLine($"evidence: {folder} ({capture.Description}: {evidence.CapturedFrames} frames{dropped})");
        if (evidence.CapturePath is { } path)
        {
            AnalyzeCapture(path, harness, steps, evidence.DroppedFrames);
        }
    }

    /// <summary>The wire rules every capture is judged by (all of them); tests of the base classes may add others.</summary>
    protected virtual IReadOnlyList<IWireRule> WireRules() => WireRuleSet.All;

    /// <summary>
    /// Reads the written capture back as the analyzer sees any capture, and records its findings as checks beside
    /// the live ones: the harness's own messages are never at fault, the DUT's are judged against the plan's
    /// transmission parameters.
    /// </summary>
    private void AnalyzeCapture(string path, IPEndPoint harness, IReadOnlyList<StepRecord> steps, long dropped)
    {
        WireTimeline timeline;
        try
        {
            timeline = WireTimelineReader.Read(path, new WireTimelineOptions { CoapPorts = new HashSet<int> { harness.Port } });
        }
        catch (Exception e) when (e is CaptureFormatException or IOException or UnauthorizedAccessException or InvalidDataException)
        {
            verdicts.Record(new VerdictCheck(Verdict.Error, $"{WireVerdicts.Prefix} analysis: the capture {path} cannot be read: {e.Message}"));
            return;
        }

        foreach (var note in timeline.Notes)
        {
            TestContext.Out.WriteLine($"wire analysis: {note}");
        }

        WriteTimeline(timeline, Path.Combine(Path.GetDirectoryName(path)!, EvidenceFolder.TimelineFile));

        var settings = new WireAnalysisSettings
        {
            Transmission = Timings.Transmission,
            HarnessEndpoints = HarnessEndpointsIn(timeline, harness),
        };
        var report = WireAnalyzer.Analyze(timeline, WireRules(), settings);
        foreach (var check in WireVerdicts.Judge(report, steps))
        {
            verdicts.Record(check);
        }

        if (dropped > 0)
        {
            verdicts.Record(new VerdictCheck(Verdict.Inconclusive, $"{WireVerdicts.Prefix} analysis: the capture lacks {dropped} datagram(s) the harness saw, so what it shows is incomplete"));
        }
    }

    private void WriteTimeline(WireTimeline timeline, string path)
    {
        try
        {
            File.WriteAllText(path, WireTimelineText.Render(timeline));
            evidence = evidence! with { TimelinePath = path };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            verdicts.Record(new VerdictCheck(Verdict.Error, $"the timeline could not be written to {path}: {e.Message}"));
        }
    }

    /// <summary>
    /// The harness's endpoints as the capture shows them: its bound endpoint, or, bound to a wildcard address,
    /// every endpoint in the capture on its port.
    /// </summary>
    private static HashSet<IPEndPoint> HarnessEndpointsIn(WireTimeline timeline, IPEndPoint harness)
    {
        var address = harness.Address.IsIPv4MappedToIPv6 ? harness.Address.MapToIPv4() : harness.Address;
        if (!address.Equals(IPAddress.Any) && !address.Equals(IPAddress.IPv6Any))
        {
            return [new IPEndPoint(address, harness.Port)];
        }

        return [.. timeline.Messages.SelectMany(message => (IPEndPoint[])[message.Source, message.Destination]).Where(endpoint => endpoint.Port == harness.Port)];
    }
}
