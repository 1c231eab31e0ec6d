using System.Net;
using Harness.Protocol.Coap;
using Harness.Protocol.Coap.Tcp;
using Harness.Runtime.Analysis.Text;
using Harness.Runtime.Analysis.Timeline;
using Harness.Runtime.Capture;
using Harness.Tests.Runtime.Analysis.Support;

namespace Harness.Tests.Runtime.Analysis.Text;

public class WireTimelineTextTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 3, 0, 0, TimeSpan.Zero);
    private static readonly IPEndPoint Client = new(IPAddress.Loopback, 40000);
    private static readonly IPEndPoint Server = new(IPAddress.Loopback, 5683);

    private static string Rendered()
    {
        var frames = CoapTrafficSample.Messages(8, Client, Server)
            .Select((m, i) => new CapturedFrame(Start.AddMilliseconds(i * 250), PcapLinkType.Raw, IpPacketBuilder.Udp(m.From, m.To, CoapUdpCodec.Encode(m.Message)), i < 4 ? "step 1: register and read" : "step 2: observe"))
            .ToList();
        var odd = new CoapMessage(CoapMessageType.NonConfirmable, CoapCode.Content, 7, new byte[] { 1 }, [CoapOption.FromUInt(OptionNumber.ContentFormat, 9999)], new byte[] { 0xde, 0xad });
        frames.Add(new CapturedFrame(Start.AddSeconds(3), PcapLinkType.Raw, IpPacketBuilder.Udp(Client, Server, CoapUdpCodec.Encode(odd)), "step 2: observe"));
        frames.Add(new CapturedFrame(Start.AddSeconds(4), PcapLinkType.Raw, IpPacketBuilder.Udp(Client, Server, [0x49, 0x01, 0, 1]), "step 2: observe"));
        frames.Add(new CapturedFrame(Start.AddSeconds(5), PcapLinkType.Raw, TcpPackets.Segment(Client, Server, 1, TcpPackets.Psh, CoapTcpCodec.Encode(new CoapMessage(CoapMessageType.Confirmable, CoapCode.Csm, 0, default, [CoapOption.FromUInt(2, 1152)]))), "step 3"));
        frames.Add(new CapturedFrame(Start.AddSeconds(6), PcapLinkType.Ethernet, new byte[60]));
        return WireTimelineText.Render(WireTimelineReader.FromFrames(frames));
    }

    [Test]
    public void Each_message_is_one_line_with_relative_time_frame_endpoints_and_header_under_its_step()
    {
        var lines = Rendered().Split('\n');
        TestContext.Out.WriteLine(string.Join('\n', lines));

        Assert.That(lines[0], Is.EqualTo("11 CoAP messages in 12 frames"));
        Assert.That(lines[1], Is.EqualTo("== step 1: register and read"));
        Assert.That(lines[2], Is.EqualTo("+0.000000 s #1 127.0.0.1:40000 → 127.0.0.1:5683 UDP CON 0.02 POST mid=0x1000 token=00000000 [Uri-Path: rd] [Content-Format: 40] [Uri-Query: ep=bench] [Uri-Query: lt=300] payload 23 B"));
        Assert.That(lines[3], Is.EqualTo("      link format, 23 bytes: </1/0>,</3/0>,</3303/0>"));
        Assert.That(lines[4], Does.StartWith("+0.250000 s #2 127.0.0.1:5683 → 127.0.0.1:40000 UDP ACK 2.01 Created mid=0x1000"));
        Assert.That(lines.Count(l => l.StartsWith("== ", StringComparison.Ordinal)), Is.EqualTo(3), "a header only when the step changes");
        Assert.That(lines, Has.One.StartsWith("+5.000000 s #11 127.0.0.1:40000 → 127.0.0.1:5683 TCP 7.01 CSM [Max-Message-Size: 1152]"));
        Assert.That(lines, Has.One.StartsWith("+4.000000 s #10 127.0.0.1:40000 → 127.0.0.1:5683 UDP undecodable: ").And.EndsWith("bytes, 4 bytes: 49010001"));
        Assert.That(lines, Has.One.EqualTo("note: other protocols, skipped: 1 frames not IP (ARP and other link-layer protocols) (frame 12)"));
    }

    [Test]
    public void Payloads_are_decoded_by_content_format_with_hex_for_the_rest()
    {
        string text = Rendered();

        Assert.That(text, Does.Contain("      TLV, ").And.Contain("read of /3/0"), "the TLV answer is typed by the request's path");
        Assert.That(text, Does.Contain("/3303/0/5700"), "SenML JSON records");
        Assert.That(text, Does.Contain("      Content-Format 9999, 2 bytes: dead"));
    }

    [Test]
    public void Long_undecodable_payloads_are_cut_in_hex()
    {
        string hex = WirePayloadText.Render(new byte[300], 42);

        Assert.That(hex, Does.Contain("300 bytes"));
        Assert.That(hex, Does.EndWith("…").Or.Contain("0000"));
        Assert.That(WirePayloadText.Hex("x", new byte[300]), Has.Length.EqualTo("x, 300 bytes: ".Length + (2 * WirePayloadText.HexShown) + 1));
    }
}
