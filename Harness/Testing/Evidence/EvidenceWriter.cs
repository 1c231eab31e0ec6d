using Harness.Runtime.Capture;

namespace Harness.Testing.Evidence;

/// <summary>Writes one test's evidence folder: the pcapng with a step comment on every frame, and the DUT's log.</summary>
public static class EvidenceWriter
{
    /// <summary>The application named in the pcapng's section header.</summary>
    public const string Application = "lwm2m-conformance harness";

    /// <summary>
    /// Empties <paramref name="folder"/> (a re-run replaces the evidence of the last one) and writes into it the
    /// capture of <paramref name="capture"/> (when there is one) with each frame commented with its step of
    /// <paramref name="steps"/>, followed by the interface statistics, and <paramref name="dutLog"/> when given.
    /// </summary>
    public static TestEvidence Write(string folder, CaptureOutcome capture, IReadOnlyList<StepRecord> steps, string? dutLog, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        ArgumentNullException.ThrowIfNull(capture);
        ArgumentNullException.ThrowIfNull(steps);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        string? capturePath = null;
        if (capture.Mode != CaptureMode.None)
        {
            capturePath = Path.Combine(folder, EvidenceFolder.CaptureFile);
            using var writer = new PcapngWriter(File.Create(capturePath), Application);
            foreach (var frame in capture.Frames)
            {
                writer.Write(frame with { Comment = StepComments.For(steps, frame.Time) });
            }

            writer.WriteStatistics(capture.LinkType, capture.Statistics, now);
        }

        string? dutLogPath = null;
        if (dutLog is not null)
        {
            dutLogPath = Path.Combine(folder, EvidenceFolder.DutLogFile);
            File.WriteAllText(dutLogPath, dutLog);
        }

        return new TestEvidence
        {
            Directory = folder,
            CaptureMode = capture.Mode,
            CaptureNote = capture.Note,
            CapturePath = capturePath,
            CapturedFrames = capture.Frames.Count,
            DroppedFrames = capture.Mode == CaptureMode.Live ? capture.Statistics.Dropped : 0,
            DutLogPath = dutLogPath,
            Steps = steps,
        };
    }
}
