using System.Net;
using Harness.Protocol.Coap;
using Harness.Runtime.Analysis;
using Harness.Runtime.Capture;

namespace Harness.Tests.Runtime.Analysis.Rules;

/// <summary>
/// A scripted exchange between endpoints on loopback, with times in milliseconds from a fixed start: turned into a
/// timeline in memory (for rule tests) or into pcapng frames (for the reference captures), from the same bytes.
/// </summary>
internal sealed class WireScript
{
    public static readonly IPEndPoint Client = new(IPAddress.Loopback, 56830);
    public static readonly IPEndPoint Server = new(IPAddress.Loopback, 5683);
    public static readonly DateTimeOffset Start = new(2026, 11, 23, 0, 0, 0, TimeSpan.Zero);

    private readonly List<Entry> entries = [];

    public int Count => entries.Count;

    /// <summary>A message from the client to the server at <paramref name="ms"/>.</summary>
    public WireScript Up(double ms, CoapMessage message, string? comment = null) => Add(ms, Client, Server, CoapUdpCodec.Encode(message), comment);

    /// <summary>A message from the server to the client at <paramref name="ms"/>.</summary>
    public WireScript Down(double ms, CoapMessage message, string? comment = null) => Add(ms, Server, Client, CoapUdpCodec.Encode(message), comment);

    public WireScript Add(double ms, IPEndPoint from, IPEndPoint to, byte[] bytes, string? comment = null)
    {
        entries.Add(new Entry(Start + TimeSpan.FromMilliseconds(ms), from, to, bytes, comment));
        return this;
    }

    /// <summary>The timeline an analyzer would build from this script's capture: frame n is message n-1.</summary>
    public WireTimeline Timeline() => new(
        entries.Select((e, i) => new WireMessage
        {
            Index = i,
            FrameNumber = i + 1,
            Time = e.Time,
            Source = e.From,
            Destination = e.To,
            Transport = WireTransport.Udp,
            Bytes = e.Bytes,
            Decoded = CoapUdpCodec.Decode(e.Bytes),
            Comment = e.Comment,
        }).ToList(),
        entries.Count);

    /// <summary>Bare IP/UDP frames (LINKTYPE_RAW) with the script's times and comments.</summary>
    public IEnumerable<CapturedFrame> Frames() => entries.Select(e =>
    {
        var packet = IpPacketBuilder.Udp(e.From, e.To, e.Bytes);
        return new CapturedFrame(e.Time, PcapLinkType.Raw, packet, packet.Length, e.Comment);
    });

    private sealed record Entry(DateTimeOffset Time, IPEndPoint From, IPEndPoint To, byte[] Bytes, string? Comment);
}
