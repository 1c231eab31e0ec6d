using SharpPcap;
using SharpPcap.LibPcap;

namespace Harness.Runtime.Capture;

/// <summary>
/// A libpcap capture of the harness's ports on the interface carrying its address, kept in memory as
/// <see cref="CapturedFrame"/>s with libpcap's timestamps. <see cref="Start"/> throws
/// <see cref="CaptureUnavailableException"/> when libpcap, the privilege (root, or CAP_NET_RAW and CAP_NET_ADMIN) or
/// the interface is missing. <see cref="StopAsync"/> first waits, with a deadline, until the capture holds every
/// datagram the harness itself saw, so that a stop right after the last datagram loses nothing.
/// </summary>
public sealed class LiveCapture : IDisposable
{
    private readonly LibPcapLiveDevice device;
    private readonly LiveCaptureSettings settings;
    private readonly Lock gate = new();
    private readonly List<CapturedFrame> frames = [];
    private TaskCompletionSource arrival = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private bool closed;

    private LiveCapture(LibPcapLiveDevice device, LiveCaptureSettings settings)
    {
        this.device = device;
        this.settings = settings;
        LinkType = (PcapLinkType)(ushort)device.LinkType;
    }

    /// <summary>The interface captured.</summary>
    public string InterfaceName => device.Name;

    /// <summary>The interface's link layer.</summary>
    public PcapLinkType LinkType { get; }

    /// <summary>The BPF filter in force.</summary>
    public string Filter => settings.Filter;

    /// <summary>Frames captured so far.</summary>
    public int FrameCount
    {
        get
        {
            lock (gate)
            {
                return frames.Count;
            }
        }
    }

    /// <summary>Opens the interface and starts capturing; packets are buffered by the kernel from here on.</summary>
    public static LiveCapture Start(LiveCaptureSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Ports.Count == 0)
        {
            throw new ArgumentException("a capture needs at least one port to filter on", nameof(settings));
        }

        if (settings.ReadTimeout < LiveCaptureSettings.MinReadTimeout || settings.ReadTimeout > LiveCaptureSettings.MaxReadTimeout)
        {
            throw new ArgumentOutOfRangeException(nameof(settings), settings.ReadTimeout, $"the read timeout must lie between {LiveCaptureSettings.MinReadTimeout.TotalMilliseconds} and {LiveCaptureSettings.MaxReadTimeout.TotalMilliseconds} ms");
        }

        var device = Open(settings);
        var capture = new LiveCapture(device, settings);
        try
        {
            device.Filter = settings.Filter;
            device.OnPacketArrival += capture.OnPacketArrival;
            device.StartCapture();
            return capture;
        }
        catch
        {
            device.Close();
            throw;
        }
    }

    /// <summary>Whether a live capture could start for <paramref name="settings"/>: the interface it would use, or why not.</summary>
    public static LiveCaptureProbe Probe(LiveCaptureSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        try
        {
            var device = Open(settings);
            var name = device.Name;
            device.Close();
            return LiveCaptureProbe.Available(name);
        }
        catch (CaptureUnavailableException e)
        {
            return LiveCaptureProbe.Unavailable(e.Message);
        }
    }

    /// <summary>
    /// Waits until the capture holds every datagram of <paramref name="expected"/> (the harness's own view of the
    /// test's traffic) or <see cref="LiveCaptureSettings.StopDeadline"/> passed, then stops and reads libpcap's counters.
    /// </summary>
    public async Task<LiveCaptureResult> StopAsync(IEnumerable<UdpDatagramView> expected, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(expected);
        var tally = new DatagramTally(expected);
        var time = settings.TimeProvider;
        var started = time.GetTimestamp();
        var examined = 0;
        while (true)
        {
            Task next;
            lock (gate)
            {
                for (; examined < frames.Count; examined++)
                {
                    if (FrameUdpReader.Read(frames[examined]) is { } datagram)
                    {
                        tally.Observe(datagram);
                    }
                }

                next = arrival.Task;
            }

            var remaining = settings.StopDeadline - time.GetElapsedTime(started);
            if (tally.Missing == 0 || remaining <= TimeSpan.Zero)
            {
                break;
            }

            try
            {
                await next.WaitAsync(remaining, time, cancellationToken).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                break; // the deadline passed: what is still missing counts as dropped
            }
        }

        var statistics = Close();
        lock (gate)
        {
            return new LiveCaptureResult(device.Name, LinkType, [.. frames], statistics, tally.Missing);
        }
    }

    public void Dispose() => Close();

    private CaptureStatistics Close()
    {
        lock (gate)
        {
            if (closed)
            {
                return default;
            }

            closed = true;
        }

        try
        {
            // pcap_breakloop ends a pcap_dispatch at once; a capture thread that sits in SharpPcap's poll instead keeps
            // the handle alive itself and leaves at its next wake-up, so the stop need not wait for it longer.
            device.StopCaptureTimeout = settings.ReadTimeout * 2;
            device.StopCapture();
            var counters = device.Statistics;
            return new CaptureStatistics(counters.ReceivedPackets, (long)counters.DroppedPackets + counters.InterfaceDroppedPackets);
        }
        finally
        {
            device.Close();
        }
    }

    private void OnPacketArrival(object sender, PacketCapture e)
    {
        // GetPacket copies the bytes out of libpcap's buffer, which is reused after this callback returns.
        var packet = e.GetPacket();
        var time = DateTimeOffset.FromUnixTimeSeconds((long)packet.Timeval.Seconds).AddTicks((long)packet.Timeval.MicroSeconds * 10);
        var frame = new CapturedFrame(time, (PcapLinkType)(ushort)packet.LinkLayerType, packet.Data, packet.PacketLength);
        TaskCompletionSource signal;
        lock (gate)
        {
            if (closed)
            {
                return; // a packet the capture thread delivered while the stop was under way: the result is taken
            }

            frames.Add(frame);
            signal = arrival;
            arrival = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        signal.TrySetResult();
    }

    private static LibPcapLiveDevice Open(LiveCaptureSettings settings)
    {
        LibPcapLiveDeviceList devices;
        try
        {
            devices = LibPcapLiveDeviceList.New();
        }
        catch (Exception e) when (e is DllNotFoundException or TypeInitializationException or EntryPointNotFoundException or BadImageFormatException or PcapException)
        {
            throw new CaptureUnavailableException($"libpcap is not usable ({Innermost(e).Message}); install libpcap0.8", e);
        }

        var device = Pick(settings, devices);
        try
        {
            device.Open(new DeviceConfiguration
            {
                Snaplen = settings.SnapshotLength,
                ReadTimeout = (int)settings.ReadTimeout.TotalMilliseconds,
                BufferSize = settings.BufferSize,
                Immediate = false,
            });
            return device;
        }
        catch (Exception e) when (e is PcapException or DllNotFoundException or EntryPointNotFoundException)
        {
            throw new CaptureUnavailableException($"cannot capture on {device.Name} ({Innermost(e).Message}); run as root or give the dotnet binary CAP_NET_RAW and CAP_NET_ADMIN", e);
        }
    }

    private static LibPcapLiveDevice Pick(LiveCaptureSettings settings, LibPcapLiveDeviceList devices)
    {
        if (settings.InterfaceName is { } name)
        {
            return devices.FirstOrDefault(device => device.Name == name)
                ?? throw new CaptureUnavailableException($"no capture interface named {name} (there are: {string.Join(", ", devices.Select(device => device.Name))})");
        }

        var listed = devices.Select(device => new CaptureInterface(
            device.Name,
            [.. device.Addresses.Select(address => address.Addr?.ipAddress).OfType<System.Net.IPAddress>()],
            device.Loopback)).ToList();
        var chosen = CaptureInterface.Choose(settings.LocalAddress, listed)
            ?? throw new CaptureUnavailableException($"no capture interface carries {settings.LocalAddress} (there are: {string.Join(", ", listed.Select(candidate => candidate.Name))})");
        return devices.First(device => device.Name == chosen.Name);
    }

    private static Exception Innermost(Exception e) => e.InnerException is { } inner ? Innermost(inner) : e;
}
