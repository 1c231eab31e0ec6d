using System.Net;
using Harness.Runtime.Capture;
using Harness.Runtime.Coap;

namespace Harness.Tests.Runtime.Capture;

public sealed class HarnessDatagramsTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 23, 1, 0, 0, TimeSpan.Zero);

    [Test]
    public void Sent_datagrams_leave_the_harness_and_received_ones_reach_it()
    {
        var local = new IPEndPoint(IPAddress.Loopback, 5683);
        var remote = new IPEndPoint(IPAddress.Loopback, 40000);
        CoapDatagram[] traffic =
        [
            new(CoapDatagramDirection.Received, [0x40, 0x02, 0, 1], remote, At),
            new(CoapDatagramDirection.Sent, [0x60, 0x41, 0, 1], remote, At.AddMilliseconds(3)),
        ];

        var views = HarnessDatagrams.From(traffic, local);
        var frames = InProcessTap.Frames(views);

        Assert.That(views.Select(v => (v.Source, v.Destination)), Is.EqualTo(new[] { (remote, local), (local, remote) }));
        Assert.That(frames.Select(f => f.Time), Is.EqualTo(new[] { At, At.AddMilliseconds(3) }));
        Assert.That(frames.Select(f => FrameUdpReader.Read(f)!.Payload.ToArray()), Is.EqualTo(traffic.Select(d => d.Bytes)));
    }

    [Test]
    public void A_wildcard_local_address_is_shown_as_the_loopback_of_the_remote_family()
    {
        var remote = new IPEndPoint(IPAddress.Parse("::ffff:127.0.0.1"), 40000);

        var view = HarnessDatagrams.From([new CoapDatagram(CoapDatagramDirection.Sent, [0x50, 0x01, 0, 1], remote, At)], new IPEndPoint(IPAddress.IPv6Any, 5683)).Single();

        Assert.That(view.Source, Is.EqualTo(new IPEndPoint(IPAddress.Loopback, 5683)));
        Assert.That(view.Destination, Is.EqualTo(new IPEndPoint(IPAddress.Loopback, 40000)));
    }
}
