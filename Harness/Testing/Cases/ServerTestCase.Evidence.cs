using System.Net;
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
    }
}
