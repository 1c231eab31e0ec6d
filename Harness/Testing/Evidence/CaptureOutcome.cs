using Harness.Runtime.Capture;

namespace Harness.Testing.Evidence;

/// <summary>What a stopped <see cref="TestCapture"/> produced.</summary>
/// <param name="Mode">How the frames were obtained.</param>
/// <param name="Note">Why the capture is not live, or null when it is.</param>
/// <param name="LinkType">The link layer of the frames (the interface's, or bare IP for the tap).</param>
/// <param name="Frames">The frames, in capture order.</param>
/// <param name="Statistics">The interface's counters, written to the pcapng; drops include datagrams the harness saw that the capture lacks.</param>
public sealed record CaptureOutcome(CaptureMode Mode, string? Note, PcapLinkType LinkType, IReadOnlyList<CapturedFrame> Frames, CaptureStatistics Statistics)
{
    /// <summary>Nothing was captured (capture off, or it could not start).</summary>
    public static CaptureOutcome None(string note) => new(CaptureMode.None, note, PcapLinkType.Raw, [], default);
}
