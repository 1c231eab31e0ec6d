using System.Buffers.Binary;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Harness.Runtime.Capture;

namespace Harness.Tests.Runtime.Capture;

/// <summary>
/// Live capture on the loopback interface (the tests run as root, or with CAP_NET_RAW and CAP_NET_ADMIN): real
/// datagrams between real sockets, the port filter, libpcap's counters, a burst, and the cost of a start and stop.
/// </summary>
[NonParallelizable]
public sealed class LiveCaptureTests
{
    /// <summary>The burst: far more than any test case exchanges, as fast as one thread can send.</summary>
    private const int BurstDatagrams = 20_000;

    /// <summary>Start and stop cycles timed for the overhead a test pays.</summary>
    private const int OverheadCycles = 50;

    [Test]
    public async Task Datagrams_between_two_loopback_sockets_are_captured_and_other_ports_are_not()
    {
        using var harness = Bound();
        using var peer = Bound();
        using var otherA = Bound();
        using var otherB = Bound();
        using var capture = LiveCapture.Start(SettingsFor(harness));
        var sent = new List<UdpDatagramView>();
        for (var i = 0; i < 5; i++)
        {
            sent.Add(Send(harness, peer, i));
            sent.Add(Send(peer, harness, 100 + i));
            Send(otherA, otherB, 200 + i);
        }

        var result = await capture.StopAsync(sent);

        Assert.That(result.InterfaceName, Is.EqualTo("lo"));
        Assert.That(result.Missing, Is.Zero);
        var datagrams = result.Frames.Select(FrameUdpReader.Read).ToList();
        Assert.That(datagrams, Has.Count.EqualTo(10).And.All.Not.Null, "the ten datagrams of the harness's port, and nothing of the other pair");
        Assert.That(datagrams.All(d => d!.Source.Port == Port(harness) || d.Destination.Port == Port(harness)), Is.True);
        Assert.That(datagrams.Select(d => Counter(d!.Payload)), Is.EquivalentTo(sent.Select(d => Counter(d.Payload))));
        Assert.That(result.Statistics.Received, Is.GreaterThanOrEqualTo(10), "libpcap's ps_recv");
        Assert.That(result.Dropped, Is.Zero);
        Assert.That(result.Frames.Select(frame => frame.Time), Is.Ordered.And.All.GreaterThan(DateTimeOffset.UtcNow.AddMinutes(-1)), "libpcap's timestamps, in capture order");
    }

    [Test]
    public async Task A_burst_of_datagrams_is_captured_without_a_drop()
    {
        using var harness = Bound();
        using var peer = Bound();
        using var capture = LiveCapture.Start(SettingsFor(harness));
        var sent = new List<UdpDatagramView>(BurstDatagrams);
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < BurstDatagrams; i++)
        {
            sent.Add(Send(harness, peer, i));
        }

        var sending = watch.Elapsed;
        var result = await capture.StopAsync(sent);

        TestContext.Out.WriteLine($"{BurstDatagrams} datagrams sent in {sending.TotalMilliseconds:F0} ms; captured {result.Frames.Count}, ps_recv {result.Statistics.Received}, libpcap dropped {result.Statistics.Dropped}, missing {result.Missing}");
        Assert.That(result.Missing, Is.Zero);
        Assert.That(result.Statistics.Dropped, Is.Zero);
        Assert.That(result.Frames, Has.Count.EqualTo(BurstDatagrams));
    }

    [Test]
    public async Task Start_and_stop_cost_is_measured_over_many_cycles()
    {
        using var harness = Bound();
        using var peer = Bound();
        var cycles = new List<double>(OverheadCycles);
        var starts = new List<double>(OverheadCycles);
        for (var i = 0; i < OverheadCycles; i++)
        {
            var watch = Stopwatch.StartNew();
            using var capture = LiveCapture.Start(SettingsFor(harness));
            starts.Add(watch.Elapsed.TotalMilliseconds);
            var sent = Send(harness, peer, i);
            var result = await capture.StopAsync([sent]);
            cycles.Add(watch.Elapsed.TotalMilliseconds);
            Assert.That(result.Frames, Has.Count.EqualTo(1), $"cycle {i} captured its one datagram");
        }

        TestContext.Out.WriteLine($"live capture start+stop over {OverheadCycles} cycles: median {Median(cycles):F1} ms (start alone {Median(starts):F1} ms), " +
            $"first {cycles[0]:F1} ms, slowest of the others {cycles.Skip(1).Max():F1} ms");
    }

    [Test]
    public void An_unknown_interface_makes_live_capture_unavailable_naming_it()
    {
        using var harness = Bound();
        var settings = SettingsFor(harness) with { InterfaceName = "no-such-if0" };

        var thrown = Assert.Throws<CaptureUnavailableException>(() => LiveCapture.Start(settings));
        var probe = LiveCapture.Probe(settings);

        Assert.That(thrown!.Message, Does.Contain("no-such-if0").And.Contain("lo"));
        Assert.That(probe.IsAvailable, Is.False);
        Assert.That(probe.Reason, Does.Contain("no-such-if0"));
        Assert.That(LiveCapture.Probe(SettingsFor(harness)).InterfaceName, Is.EqualTo("lo"));
    }

    [Test]
    public void The_filter_passes_udp_and_tcp_of_every_harness_port()
    {
        var settings = new LiveCaptureSettings { LocalAddress = IPAddress.Loopback, Ports = [5683, 5684, 5683] };

        Assert.That(settings.Filter, Is.EqualTo("udp port 5683 or tcp port 5683 or udp port 5684 or tcp port 5684"));
        Assert.That(settings.StopDeadline, Is.EqualTo(settings.ReadTimeout * LiveCaptureSettings.StopDeadlineReadTimeouts));
    }

    [Test]
    public void A_read_timeout_outside_the_accepted_range_is_refused()
    {
        var settings = new LiveCaptureSettings { LocalAddress = IPAddress.Loopback, Ports = [5683], ReadTimeout = TimeSpan.FromMilliseconds(50) };

        Assert.Throws<ArgumentOutOfRangeException>(() => LiveCapture.Start(settings));
    }

    internal static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static LiveCaptureSettings SettingsFor(Socket harness) => new() { LocalAddress = IPAddress.Loopback, Ports = [Port(harness)] };

    private static Socket Bound()
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return socket;
    }

    private static int Port(Socket socket) => ((IPEndPoint)socket.LocalEndPoint!).Port;

    // Each datagram carries its counter, so that the capture can be matched datagram by datagram.
    private static UdpDatagramView Send(Socket from, Socket to, int counter)
    {
        var payload = new byte[8];
        BinaryPrimitives.WriteInt32BigEndian(payload, counter);
        from.SendTo(payload, to.LocalEndPoint!);
        return new UdpDatagramView((IPEndPoint)from.LocalEndPoint!, (IPEndPoint)to.LocalEndPoint!, payload, DateTimeOffset.UtcNow);
    }

    private static int Counter(ReadOnlyMemory<byte> payload) => BinaryPrimitives.ReadInt32BigEndian(payload.Span);
}
