using System.Globalization;
using System.Net;

namespace Harness.Runtime.Capture;

/// <summary>
/// How a <see cref="LiveCapture"/> listens: on the interface carrying <see cref="LocalAddress"/>, only for the
/// harness's <see cref="Ports"/>, with libpcap settings that keep up with bursts on loopback (not immediate mode, a
/// short read timeout, a 16 MB buffer, full snapshot length).
/// </summary>
public sealed record LiveCaptureSettings
{
    /// <summary>
    /// How many read timeouts <see cref="LiveCapture.StopAsync"/> waits at most for datagrams the harness saw and the
    /// capture does not hold yet. libpcap hands over a ring block when it fills or when the read timeout retires it,
    /// usually within a few read timeouts; but SharpPcap's capture thread waits for the block in a poll of its own of
    /// up to 500 ms, and about one stop in fifty on loopback finds a datagram delivered only at its second wake-up
    /// (measured: 0.65 to 0.95 s). 400 read timeouts (2 s at 5 ms) cover that with room for a loaded machine. The
    /// wait ends as soon as everything is there, so the deadline costs time only when a datagram is late or lost.
    /// </summary>
    public const int StopDeadlineReadTimeouts = 400;

    /// <summary>The shortest and longest read timeout accepted: shorter wakes the capture thread needlessly, longer delays delivery.</summary>
    public static readonly TimeSpan MinReadTimeout = TimeSpan.FromMilliseconds(1);

    /// <inheritdoc cref="MinReadTimeout"/>
    public static readonly TimeSpan MaxReadTimeout = TimeSpan.FromMilliseconds(10);

    /// <summary>The harness's local address; the interface holding it is captured (0.0.0.0 or :: captures "any").</summary>
    public required IPAddress LocalAddress { get; init; }

    /// <summary>The harness's ports: the filter passes UDP and TCP to or from any of them.</summary>
    public required IReadOnlyList<int> Ports { get; init; }

    /// <summary>An interface to capture instead of the one chosen from <see cref="LocalAddress"/>.</summary>
    public string? InterfaceName { get; init; }

    /// <summary>libpcap's read timeout: the longest a captured packet waits in the kernel before it is handed over.</summary>
    public TimeSpan ReadTimeout { get; init; } = TimeSpan.FromMilliseconds(5);

    /// <summary>The kernel buffer: 16 MB holds far more than a test's burst.</summary>
    public int BufferSize { get; init; } = 16 * 1024 * 1024;

    /// <summary>Bytes kept per packet: whole packets.</summary>
    public int SnapshotLength { get; init; } = PcapngWriter.SnapshotLength;

    /// <summary>The clock the stop deadline is measured with.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>The longest <see cref="LiveCapture.StopAsync"/> waits for missing datagrams: <see cref="StopDeadlineReadTimeouts"/> read timeouts.</summary>
    public TimeSpan StopDeadline => ReadTimeout * StopDeadlineReadTimeouts;

    /// <summary>The BPF filter: "udp port P or tcp port P" for each port.</summary>
    public string Filter => string.Join(" or ", Ports.Distinct().Select(port => string.Create(CultureInfo.InvariantCulture, $"udp port {port} or tcp port {port}")));
}
