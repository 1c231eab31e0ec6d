using System.Net;
using Harness.Runtime.Capture;

namespace Harness.Tests.Runtime.Capture;

public sealed class FrameUdpReaderTests
{
    private static readonly IPEndPoint From = new(IPAddress.Loopback, 40000);
    private static readonly IPEndPoint To = new(IPAddress.Loopback, 5683);
    private static readonly byte[] Payload = [0x40, 0x01, 0x12, 0x34];
    private static readonly DateTimeOffset At = new(2026, 11, 23, 1, 0, 0, TimeSpan.Zero);

    [TestCase("127.0.0.1", "127.0.0.2")]
    [TestCase("::1", "fe80::1")]
    public void A_bare_ip_frame_gives_back_its_datagram(string source, string destination)
    {
        var from = new IPEndPoint(IPAddress.Parse(source), 40000);
        var to = new IPEndPoint(IPAddress.Parse(destination), 5683);
        var frame = new CapturedFrame(At, PcapLinkType.Raw, IpPacketBuilder.Udp(from, to, Payload));

        var datagram = FrameUdpReader.Read(frame);

        Assert.That(datagram, Is.Not.Null);
        Assert.That(datagram!.Source, Is.EqualTo(from));
        Assert.That(datagram.Destination, Is.EqualTo(to));
        Assert.That(datagram.Payload.ToArray(), Is.EqualTo(Payload));
        Assert.That(datagram.Time, Is.EqualTo(At));
    }

    [Test]
    public void An_ethernet_frame_as_lo_gives_it_with_or_without_a_vlan_tag()
    {
        var packet = IpPacketBuilder.Udp(From, To, Payload);
        byte[] plain = [.. new byte[12], 0x08, 0x00, .. packet];
        byte[] tagged = [.. new byte[12], 0x81, 0x00, 0x00, 0x05, 0x08, 0x00, .. packet];

        Assert.That(FrameUdpReader.Read(new CapturedFrame(At, PcapLinkType.Ethernet, plain))?.Destination, Is.EqualTo(To));
        Assert.That(FrameUdpReader.Read(new CapturedFrame(At, PcapLinkType.Ethernet, tagged))?.Destination, Is.EqualTo(To));
    }

    [Test]
    public void A_linux_cooked_frame_gives_its_datagram()
    {
        var packet = IpPacketBuilder.Udp(From, To, Payload);
        var header = new byte[16];
        header[14] = 0x08;

        Assert.That(FrameUdpReader.Read(new CapturedFrame(At, PcapLinkType.LinuxSll, (byte[])[.. header, .. packet]))?.Source, Is.EqualTo(From));
    }

    [Test]
    public void Frames_without_a_whole_udp_datagram_give_nothing()
    {
        var packet = IpPacketBuilder.Udp(From, To, Payload);
        var tcp = (byte[])packet.Clone();
        tcp[9] = 6;
        var fragment = (byte[])packet.Clone();
        fragment[6] = 0x20; // more fragments

        Assert.That(FrameUdpReader.Read(new CapturedFrame(At, PcapLinkType.Raw, tcp)), Is.Null, "TCP");
        Assert.That(FrameUdpReader.Read(new CapturedFrame(At, PcapLinkType.Raw, fragment)), Is.Null, "a fragment");
        Assert.That(FrameUdpReader.Read(new CapturedFrame(At, PcapLinkType.Raw, packet.AsMemory(0, packet.Length - 2), packet.Length)), Is.Null, "truncated");
        Assert.That(FrameUdpReader.Read(new CapturedFrame(At, PcapLinkType.Ethernet, packet)), Is.Null, "no ethernet header");
    }
}
