namespace Harness.Runtime.Capture;

/// <summary>What a stopped <see cref="LiveCapture"/> holds.</summary>
/// <param name="InterfaceName">The interface captured.</param>
/// <param name="LinkType">The interface's link layer: what every frame starts with.</param>
/// <param name="Frames">Every frame, in capture order, with libpcap's timestamps.</param>
/// <param name="Statistics">libpcap's counters: received (ps_recv) and dropped (ps_drop plus ps_ifdrop).</param>
/// <param name="Missing">Datagrams the harness saw that the capture does not hold when the stop deadline passed.</param>
public sealed record LiveCaptureResult(string InterfaceName, PcapLinkType LinkType, IReadOnlyList<CapturedFrame> Frames, CaptureStatistics Statistics, int Missing)
{
    /// <summary>Everything lost: libpcap's drops plus the missing datagrams.</summary>
    public long Dropped => Statistics.Dropped + Missing;
}
