using Harness.Protocol.Coap;
using Harness.Runtime.Analysis.Dissection;
using Harness.Runtime.Analysis.Reading;
using Harness.Runtime.Capture;

namespace Harness.Runtime.Analysis.Timeline;

/// <summary>
/// Turns captured frames, in capture order, into a <see cref="WireTimeline"/>: every CoAP message over UDP (one
/// per datagram) and over TCP (one per RFC 8323 frame of the reassembled streams) with its strict decoding, and
/// notes on what was skipped. Frames are numbered from 1 as Wireshark numbers them. Not thread-safe.
/// </summary>
public sealed class WireTimelineBuilder
{
    private const string NotIp = "frames not IP (ARP and other link-layer protocols)";
    private const string UnknownLinkType = "frames of an unknown link type";
    private const string Truncated = "truncated frames (captured shorter than their IP or UDP length)";
    private const string Fragments = "IP fragments (not reassembled)";
    private const string Malformed = "frames with malformed IP, UDP or TCP headers";
    private const string Dtls = "DTLS records on CoAP ports (encrypted, not decoded)";
    private const string OtherUdp = "UDP datagrams on other ports";
    private const string OtherTcp = "TCP segments on other ports";
    private const string OtherIp = "IP packets of other protocols (ICMP, ...)";
    private static readonly string[] SeparateNotes = [UnknownLinkType, Truncated, Fragments, Malformed, Dtls];

    private readonly WireTimelineOptions options;
    private readonly List<WireMessage> messages = [];
    private readonly EndpointCache endpoints = new();
    private readonly SkippedFrameTally skipped = new();
    private readonly List<string> notes = [];
    private readonly TcpCoapStreams tcp;

    public WireTimelineBuilder(WireTimelineOptions? options = null)
    {
        this.options = options ?? WireTimelineOptions.Default;
        tcp = new TcpCoapStreams(this.options, endpoints, messages, notes);
    }

    /// <summary>Frames added so far.</summary>
    public long FrameCount { get; private set; }

    /// <summary>CoAP messages found so far.</summary>
    public int MessageCount => messages.Count;

    /// <summary>Adds the next frame of the capture.</summary>
    public void Add(CapturedFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        Add(RawCapturedFrame.From(frame));
    }

    /// <summary>Records that the capture could not be read past some point: the timeline holds what came before.</summary>
    public void AddReadError(CaptureFormatException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        notes.Insert(0, $"capture unreadable from {error.Block} at byte offset {error.Offset}: {error.Problem}; the {error.FramesRead} frames before it were analysed");
    }

    /// <summary>The timeline of everything added; TCP data still waiting for a missing segment is noted as a gap. Call once, after the last frame.</summary>
    public WireTimeline Build()
    {
        var tcpNotes = tcp.Finish(); // closing the streams may note gaps first
        var all = new List<string>(notes);
        all.AddRange(tcpNotes);
        all.AddRange(skipped.Notes(r => SeparateNotes.Any(n => r.StartsWith(n, StringComparison.Ordinal)), "other protocols, skipped"));
        return new WireTimeline(messages.ToArray(), FrameCount, all);
    }

    internal void Add(in RawCapturedFrame frame)
    {
        long number = ++FrameCount;
        switch (PacketDissector.Dissect(frame.Data, frame.LinkType, out var packet))
        {
            case DissectOutcome.Transport when packet.Protocol == TransportProtocol.Udp:
                AddDatagram(packet, frame, number);
                break;
            case DissectOutcome.Transport:
                if (options.IsCoapPort(packet.SourcePort) || options.IsCoapPort(packet.DestinationPort))
                {
                    tcp.Add(packet, number, frame.UtcTicks, frame.Comment);
                }
                else
                {
                    skipped.Add(OtherTcp, number);
                }

                break;
            case DissectOutcome.UnknownLinkType:
                skipped.Add($"{UnknownLinkType} ({(int)frame.LinkType})", number);
                break;
            case DissectOutcome.NotIp:
                skipped.Add(NotIp, number);
                break;
            case DissectOutcome.OtherIpProtocol:
                skipped.Add(OtherIp, number);
                break;
            case DissectOutcome.Fragment:
                skipped.Add(Fragments, number);
                break;
            case DissectOutcome.Truncated:
                skipped.Add(Truncated, number);
                break;
            default:
                skipped.Add(Malformed, number);
                break;
        }
    }

    private void AddDatagram(in TransportPacket packet, in RawCapturedFrame frame, long number)
    {
        var payload = packet.Payload;
        CoapDecodeResult decoded;
        if (options.IsCoapPort(packet.SourcePort) || options.IsCoapPort(packet.DestinationPort))
        {
            if (!payload.IsEmpty && payload.Span[0] is >= 20 and <= 25)
            {
                skipped.Add(Dtls, number); // a DTLS content type; CoAP's first byte is 0x40-0x7f
                return;
            }

            decoded = CoapUdpCodec.Decode(payload, CoapDecodeMode.Strict);
        }
        else if (!options.DetectCoapOnAnyUdpPort || !CoapHeuristic.LooksLikeCoap(payload, packet.SourcePort, packet.DestinationPort, out decoded))
        {
            skipped.Add(OtherUdp, number);
            return;
        }

        messages.Add(new WireMessage
        {
            Index = messages.Count,
            FrameNumber = number,
            Time = frame.Time,
            Source = endpoints.Get(packet.Source, packet.SourcePort),
            Destination = endpoints.Get(packet.Destination, packet.DestinationPort),
            Transport = WireTransport.Udp,
            Bytes = payload,
            Decoded = decoded,
            Comment = frame.Comment,
        });
    }
}
