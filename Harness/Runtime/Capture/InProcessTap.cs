namespace Harness.Runtime.Capture;

/// <summary>
/// The fallback when no live capture is possible: the harness's own socket view written as bare IP/UDP frames
/// (<see cref="PcapLinkType.Raw"/>), timestamped when the harness sent or received each datagram. It shows what the
/// harness saw, not what crossed the interface: datagrams for the harness that its socket never read are missing.
/// </summary>
public static class InProcessTap
{
    /// <summary>One frame per datagram, in the order given.</summary>
    public static IReadOnlyList<CapturedFrame> Frames(IEnumerable<UdpDatagramView> datagrams)
    {
        ArgumentNullException.ThrowIfNull(datagrams);
        return [.. datagrams.Select(datagram =>
            new CapturedFrame(datagram.Time, PcapLinkType.Raw, IpPacketBuilder.Udp(datagram.Source, datagram.Destination, datagram.Payload.Span)))];
    }
}
