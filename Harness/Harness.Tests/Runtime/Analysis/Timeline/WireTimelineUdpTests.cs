using System.Globalization;
using System.Net;
using Harness.Protocol.Coap;
using Harness.Runtime.Analysis;
using Harness.Runtime.Analysis.Timeline;
using Harness.Runtime.Capture;
using Harness.Tests.Runtime.Analysis.Support;

namespace Harness.Tests.Runtime.Analysis.Timeline;

public class WireTimelineUdpTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 1, 0, 0, TimeSpan.Zero);
    private static readonly IPEndPoint Client4 = new(IPAddress.Parse("127.0.0.1"), 40000);
    private static readonly IPEndPoint Server4 = new(IPAddress.Parse("127.0.0.2"), 5683);
    private static readonly IPEndPoint Client6 = new(IPAddress.IPv6Loopback, 40000);
    private static readonly IPEndPoint Server6 = new(IPAddress.IPv6Loopback, 5683);

    private static byte[] Get(ushort mid) => CoapUdpCodec.Encode(new CoapMessage(CoapMessageType.Confirmable, CoapCode.Get, mid, new byte[] { 0xAB, (byte)mid },
        [CoapOption.FromString(OptionNumber.UriPath, "3"), CoapOption.FromString(OptionNumber.UriPath, "0")]));

    private static byte[] V4(int mid) => IpPacketBuilder.Udp(Client4, Server4, Get((ushort)mid));

    private static byte[] V6(int mid) => IpPacketBuilder.Udp(Client6, Server6, Get((ushort)mid));

    private static CapturedFrame Frame(int second, PcapLinkType linkType, byte[] data, string? comment = null) =>
        new(Start.AddSeconds(second), linkType, data, comment);

    [Test]
    public async Task Every_link_layer_yields_the_same_message_with_its_endpoints_as_tshark_reads_them()
    {
        var frames = new List<CapturedFrame>
        {
            Frame(0, PcapLinkType.Raw, V4(1)),
            Frame(1, PcapLinkType.Raw, V6(2)),
            Frame(2, PcapLinkType.Ipv4, V4(3)),
            Frame(3, PcapLinkType.Ipv6, V6(4)),
            Frame(4, PcapLinkType.Null, LinkFrames.Null(V4(5), bigEndian: false, family: 2)),
            Frame(5, PcapLinkType.Null, LinkFrames.Null(V6(6), bigEndian: true, family: 30)),
            Frame(6, PcapLinkType.Null, LinkFrames.Null(V6(7), bigEndian: false, family: 24)),
            Frame(7, PcapLinkType.Ethernet, LinkFrames.Ethernet(V4(8))),
            Frame(8, PcapLinkType.Ethernet, LinkFrames.Ethernet(V6(9), vlan: 42)),
            Frame(9, PcapLinkType.LinuxSll, LinkFrames.LinuxSll(V4(10))),
            Frame(10, PcapLinkType.LinuxSll2, LinkFrames.LinuxSll2(V6(11))),
            Frame(11, PcapLinkType.Raw, IpFrames.WithIpv4Options(V4(12))),
            Frame(12, PcapLinkType.Raw, IpFrames.WithIpv6Extensions(V6(13))),
        };
        string path = Write(frames);
        try
        {
            var timeline = WireTimelineReader.Read(path);
            var theirs = await Tshark.FieldsAsync(path, "coap", "frame.number", "coap.mid", "coap.code", "coap.token");

            Assert.That(timeline.Messages.Select(m => (int)m.Message!.MessageId), Is.EqualTo(Enumerable.Range(1, frames.Count)));
            Assert.That(timeline.Messages.Select(m => m.FrameNumber), Is.EqualTo(Enumerable.Range(1, frames.Count).Select(n => (long)n)));
            Assert.That(timeline.Messages.Select(m => m.Source.Address.AddressFamily), Is.EqualTo(frames.Select((_, i) => i is 1 or 3 or 5 or 6 or 8 or 10 or 12 ? Client6.AddressFamily : Client4.AddressFamily)));
            Assert.That(timeline.Messages.Where((_, i) => i % 2 == 0).Select(m => (m.Source, m.Destination)), Is.All.EqualTo((Client4, Server4)).Or.EqualTo((Client6, Server6)));
            Assert.That(timeline.Messages.Select(m => m.Time), Is.EqualTo(frames.Select(f => f.Time)));
            Assert.That(timeline.Notes, Is.Empty);
            AssertSameAsTshark(timeline, theirs);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public async Task The_realistic_mix_decodes_exactly_as_tshark_decodes_it()
    {
        var frames = CoapTrafficSample.Messages(200, Client4, Server4)
            .Select((m, i) => new CapturedFrame(Start.AddMilliseconds(i), PcapLinkType.Raw, IpPacketBuilder.Udp(m.From, m.To, CoapUdpCodec.Encode(m.Message)), i < 100 ? "step 1" : "step 2"))
            .ToList();
        string path = Write(frames);
        try
        {
            var timeline = WireTimelineReader.Read(path);
            var theirs = await Tshark.FieldsAsync(path, "coap", "frame.number", "coap.mid", "coap.code", "coap.token");

            Assert.That(timeline.Messages, Has.Count.EqualTo(200));
            Assert.That(timeline.Messages.All(m => m.Decoded.IsValid), Is.True);
            Assert.That(timeline.Messages.Select(m => m.Comment).Distinct(), Is.EqualTo(new[] { "step 1", "step 2" }));
            AssertSameAsTshark(timeline, theirs);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Coap_ports_come_from_the_defaults_the_settings_and_optionally_the_heuristic()
    {
        var randomPort = new IPEndPoint(IPAddress.Loopback, 47001);
        var harnessPort = new IPEndPoint(IPAddress.Loopback, 47002);
        var dnsServer = new IPEndPoint(IPAddress.Loopback, 53);
        // A DNS query whose id 0x4401 makes its first byte look like CoAP version 1.
        byte[] dnsQuery = [0x44, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x07, .. "example"u8, 0x03, .. "com"u8, 0x00, 0x00, 0x01, 0x00, 0x01];
        var frames = new List<CapturedFrame>
        {
            Frame(0, PcapLinkType.Raw, IpPacketBuilder.Udp(Client4, Server4, Get(1))),
            Frame(1, PcapLinkType.Raw, IpPacketBuilder.Udp(Client4, harnessPort, Get(2))),
            Frame(2, PcapLinkType.Raw, IpPacketBuilder.Udp(Client4, randomPort, Get(3))),
            Frame(3, PcapLinkType.Raw, IpPacketBuilder.Udp(Client4, dnsServer, dnsQuery)),
            Frame(4, PcapLinkType.Raw, IpPacketBuilder.Udp(Client4, randomPort, dnsQuery)),
            Frame(5, PcapLinkType.Raw, IpPacketBuilder.Udp(Client4, new IPEndPoint(IPAddress.Loopback, 5684), [22, 0xFE, 0xFD, 0, 0])),
            Frame(6, PcapLinkType.Raw, IpPacketBuilder.Udp(Client4, randomPort, [0x12, 0x34])),
        };

        var byDefault = WireTimelineReader.FromFrames(frames);
        var withPorts = WireTimelineReader.FromFrames(frames, new WireTimelineOptions { CoapPorts = new HashSet<int> { 47002 } });
        var heuristic = WireTimelineReader.FromFrames(frames, new WireTimelineOptions { CoapPorts = new HashSet<int> { 47002 }, DetectCoapOnAnyUdpPort = true });

        Assert.That(byDefault.Messages.Select(m => m.FrameNumber), Is.EqualTo(new long[] { 1 }));
        Assert.That(withPorts.Messages.Select(m => m.FrameNumber), Is.EqualTo(new long[] { 1, 2 }));
        Assert.That(heuristic.Messages.Select(m => m.FrameNumber), Is.EqualTo(new long[] { 1, 2, 3 }));
        Assert.That(heuristic.FrameCount, Is.EqualTo(7));
        Assert.That(heuristic.Notes, Has.One.EqualTo("1 DTLS records on CoAP ports (encrypted, not decoded) (frame 6)"));
        Assert.That(heuristic.Notes, Has.One.EqualTo("other protocols, skipped: 3 UDP datagrams on other ports (frames 4, 5, 7)"));
    }

    [Test]
    public void A_message_breaking_a_format_rule_stays_in_the_timeline_with_its_strict_error()
    {
        byte[] badTokenLength = [0x49, 0x01, 0x00, 0x01, 1, 2, 3, 4, 5, 6, 7, 8, 9];
        var timeline = WireTimelineReader.FromFrames([Frame(0, PcapLinkType.Raw, IpPacketBuilder.Udp(Client4, Server4, badTokenLength))]);

        var message = timeline.Messages.Single();
        Assert.That(message.Message, Is.Null);
        Assert.That(message.Decoded.FirstError!.Rule, Is.EqualTo(CoapRuleIds.TokenLengthReserved));
        Assert.That(message.Bytes.ToArray(), Is.EqualTo(badTokenLength));
    }

    [Test]
    public void Fragments_truncated_frames_other_link_layers_and_protocols_are_noted_not_decoded()
    {
        var big = IpPacketBuilder.Udp(Client4, Server4, new byte[100].Select((_, i) => i == 0 ? (byte)0x40 : (byte)0).ToArray());
        var (first, second) = IpFrames.Ipv4Fragments(big, 64);
        byte[] arp = [.. new byte[12], 0x08, 0x06, .. new byte[28]];
        byte[] icmp = [0x45, 0, 0, 28, 0, 0, 0, 0, 64, 1, 0, 0, 127, 0, 0, 1, 127, 0, 0, 1, 8, 0, 0, 0, 0, 0, 0, 0];
        var frames = new List<CapturedFrame>
        {
            Frame(0, PcapLinkType.Raw, first),
            Frame(1, PcapLinkType.Raw, second),
            new(Start.AddSeconds(2), PcapLinkType.Raw, V4(3).AsMemory(0, 30), V4(3).Length),
            Frame(3, PcapLinkType.Ethernet, arp),
            Frame(4, PcapLinkType.Raw, icmp),
            Frame(5, (PcapLinkType)147, V4(6)),
            Frame(6, PcapLinkType.Raw, V4(7)),
        };

        var timeline = WireTimelineReader.FromFrames(frames);

        Assert.That(timeline.Messages.Select(m => m.FrameNumber), Is.EqualTo(new long[] { 7 }));
        Assert.That(timeline.Notes, Is.EquivalentTo(new[]
        {
            "2 IP fragments (not reassembled) (frames 1, 2)",
            "1 truncated frames (captured shorter than their IP or UDP length) (frame 3)",
            "1 frames of an unknown link type (147) (frame 6)",
            "other protocols, skipped: 1 frames not IP (ARP and other link-layer protocols) (frame 4); 1 IP packets of other protocols (ICMP, ...) (frame 5)",
        }));
    }

    [Test]
    public void A_cut_off_file_gives_the_messages_before_the_cut_and_a_note_naming_offset_and_block()
    {
        using var file = new MemoryStream();
        using (var writer = new PcapngWriter(file, "test", leaveOpen: true))
        {
            for (int i = 0; i < 5; i++)
            {
                writer.Write(Frame(i, PcapLinkType.Raw, V4(i)));
            }
        }

        using var cut = new MemoryStream(file.ToArray()[..^7]);
        var timeline = WireTimelineReader.Read(cut);

        Assert.That(timeline.Messages, Has.Count.EqualTo(4));
        Assert.That(timeline.Notes[0], Does.StartWith("capture unreadable from Enhanced Packet Block (block #").And.Contain("at byte offset ").And.EndWith("the 4 frames before it were analysed"));
    }

    internal static string Write(IEnumerable<CapturedFrame> frames)
    {
        string path = Path.Combine(Path.GetTempPath(), $"timeline-{Guid.NewGuid():N}.pcapng");
        using var writer = new PcapngWriter(File.Create(path), "test");
        foreach (var frame in frames)
        {
            writer.Write(frame);
        }

        return path;
    }

    /// <summary>Same messages in the same frames with the same MIDs, codes and tokens as tshark's CoAP dissector finds.</summary>
    internal static void AssertSameAsTshark(WireTimeline timeline, List<string[]> theirs)
    {
        var ours = timeline.Messages.Select(m => new[]
        {
            m.FrameNumber.ToString(CultureInfo.InvariantCulture),
            m.Transport == WireTransport.Udp ? m.Message!.MessageId.ToString(CultureInfo.InvariantCulture) : string.Empty,
            m.Message!.Code.Value.ToString(CultureInfo.InvariantCulture),
            m.Message.TokenHex,
        }).ToList();
        Assert.That(theirs.Select(row => string.Join('|', row)), Is.EqualTo(ours.Select(row => string.Join('|', row))));
    }
}
