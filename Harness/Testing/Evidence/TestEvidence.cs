namespace Harness.Testing.Evidence;

/// <summary>
/// What a finished test leaves behind for a reader to re-check its verdict: the capture, the decoded timeline, the
/// DUT's log and the steps it walked. Paths are absolute; a missing file is null, never an empty path.
/// </summary>
public sealed record TestEvidence
{
    /// <summary>The folder holding this test's files.</summary>
    public required string Directory { get; init; }

    public CaptureMode CaptureMode { get; init; }

    /// <summary>Why the capture is not live (no libpcap, no privilege, switched off), or null when it is.</summary>
    public string? CaptureNote { get; init; }

    /// <summary>The pcapng of the test's traffic.</summary>
    public string? CapturePath { get; init; }

    /// <summary>Frames in the capture.</summary>
    public long CapturedFrames { get; init; }

    /// <summary>Frames libpcap reported dropped, or datagrams the harness saw that the capture lacks; 0 for a tap.</summary>
    public long DroppedFrames { get; init; }

    /// <summary>The decoded timeline of the capture as text.</summary>
    public string? TimelinePath { get; init; }

    /// <summary>The DUT's console output and lifecycle, as text.</summary>
    public string? DutLogPath { get; init; }

    /// <summary>The ETS steps the test walked, in order.</summary>
    public IReadOnlyList<StepRecord> Steps { get; init; } = [];
}
