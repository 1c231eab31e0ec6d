using System.Net;
using CsCheck;
using Harness.Protocol.Coap;
using Harness.Protocol.Coap.Tcp;
using Harness.Runtime.Analysis;
using Harness.Runtime.Analysis.Timeline;
using Harness.Runtime.Capture;
using Harness.Tests.Runtime.Analysis.Support;
using Harness.Tests.Support;

namespace Harness.Tests.Runtime.Analysis.Timeline;

public class WireTimelineTcpTests
{
    private const uint ClientIsn = 0xFFFF_FF00; // wraps around 2^32 within the stream
    private const uint ServerIsn = 5000;
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 2, 0, 0, TimeSpan.Zero);
    private static readonly IPEndPoint Client = new(IPAddress.Loopback, 45000);
    private static readonly IPEndPoint Server = new(IPAddress.Loopback, 5683);

    private static CoapMessage Message(CoapCode code, int token, IEnumerable<CoapOption>? options = null, byte[]? payload = null) =>
        new(CoapMessageType.Confirmable, code, 0, BitConverter.GetBytes(token), options, payload ?? default(ReadOnlyMemory<byte>));

    private static List<CoapMessage> ClientMessages() =>
    [
        Message(CoapCode.Csm, 1, [CoapOption.FromUInt(2, 1152)]),
        Message(CoapCode.Post, 2, [CoapOption.FromString(OptionNumber.UriPath, "rd"), CoapOption.FromString(OptionNumber.UriQuery, "ep=tcp-test")], "</3/0>"u8.ToArray()),
        Message(CoapCode.Content, 3, [CoapOption.FromUInt(OptionNumber.ContentFormat, 0)], new byte[300].Select((_, i) => (byte)('a' + (i % 26))).ToArray()),
        Message(CoapCode.Ping, 4),
        Message(CoapCode.Changed, 5),
    ];

    private static List<CoapMessage> ServerMessages() =>
    [
        Message(CoapCode.Csm, 11, [CoapOption.FromUInt(2, 1152)]),
        Message(CoapCode.Created, 12, [CoapOption.FromString(OptionNumber.LocationPath, "rd"), CoapOption.FromString(OptionNumber.LocationPath, "x1")]),
        Message(CoapCode.Get, 13, [CoapOption.FromString(OptionNumber.UriPath, "3"), CoapOption.FromString(OptionNumber.UriPath, "0")]),
        Message(CoapCode.Pong, 14),
    ];

    private static byte[] Stream(List<CoapMessage> messages) => [.. messages.SelectMany(CoapTcpCodec.Encode)];

    /// <summary>The stream cut at <paramref name="cuts"/> (offsets), as (sequence, bytes) pairs starting after the SYN.</summary>
    private static List<(uint Sequence, byte[] Bytes)> Cut(byte[] stream, uint isn, IEnumerable<int> cuts)
    {
        var bounds = cuts.Where(c => c > 0 && c < stream.Length).Distinct().Order().Prepend(0).Append(stream.Length).ToList();
        return [.. bounds.Zip(bounds.Skip(1), (from, to) => (isn + 1 + (uint)from, stream[from..to]))];
    }

    private static CapturedFrame Frame(byte[] packet, int i) => new(Start.AddMilliseconds(i), PcapLinkType.Raw, packet, $"step {1 + (i / 10)}");

    private static List<byte[]> Handshake() =>
    [
        TcpPackets.Segment(Client, Server, ClientIsn, TcpPackets.Syn, []),
        TcpPackets.Segment(Server, Client, ServerIsn, TcpPackets.Syn, [], ClientIsn + 1),
        TcpPackets.Segment(Client, Server, ClientIsn + 1, TcpPackets.Ack, [], ServerIsn + 1),
    ];

    [Test]
    public async Task Frames_split_at_odd_boundaries_become_one_message_each_stamped_with_the_completing_frame_as_tshark_reads_them()
    {
        var client = Stream(ClientMessages());
        var server = Stream(ServerMessages());
        var clientSegments = Cut(client, ClientIsn, [1, 2, 5, 7, 30, 31, 100, 200, 340, 341, 350]);
        // The server's GET and Pong go in separate segments: tshark 4.0.17 showed only the first of the two when they shared one.
        var serverSegments = Cut(server, ServerIsn, [3, 20, 21, 31]);
        var packets = Handshake();
        for (int i = 0; i < Math.Max(clientSegments.Count, serverSegments.Count); i++)
        {
            if (i < clientSegments.Count)
            {
                packets.Add(TcpPackets.Segment(Client, Server, clientSegments[i].Sequence, TcpPackets.Psh, clientSegments[i].Bytes, ServerIsn + 1));
            }

            if (i < serverSegments.Count)
            {
                packets.Add(TcpPackets.Segment(Server, Client, serverSegments[i].Sequence, TcpPackets.Psh, serverSegments[i].Bytes, ClientIsn + 1));
            }
        }

        string path = WireTimelineUdpTests.Write(packets.Select(Frame));
        try
        {
            var timeline = WireTimelineReader.Read(path);
            var theirs = await Tshark.FieldsAsync(path, "coap", "frame.number", "coap.code", "coap.token");

            Assert.That(timeline.Messages.Where(m => m.Source.Equals(Client)).Select(m => m.Message), Is.EqualTo(ClientMessages()));
            Assert.That(timeline.Messages.Where(m => m.Source.Equals(Server)).Select(m => m.Message), Is.EqualTo(ServerMessages()));
            Assert.That(timeline.Messages.All(m => m.Transport == WireTransport.Tcp && m.Decoded.IsValid), Is.True);
            Assert.That(timeline.Notes, Is.Empty);
            var expanded = theirs.SelectMany(row => row[1].Split(',').Zip(row[2].Split(','), (code, token) => new[] { row[0], string.Empty, code, token })).ToList();
            WireTimelineUdpTests.AssertSameAsTshark(timeline, expanded);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Out_of_order_retransmitted_and_overlapping_segments_give_the_in_order_messages()
    {
        var client = Stream(ClientMessages());
        var s = Cut(client, ClientIsn, [10, 40, 100, 250, 330]);
        // Overlap: bytes 35..120 sent again as one segment after the originals; the missing first segment comes last.
        var overlap = (Sequence: ClientIsn + 1 + 35, Bytes: client[35..120]);
        var order = new[] { s[1], s[3], overlap, s[2], s[2], s[4], s[5], s[0] };
        var packets = Handshake();
        packets.AddRange(order.Select(seg => TcpPackets.Segment(Client, Server, seg.Sequence, TcpPackets.Psh, seg.Bytes)));

        var timeline = WireTimelineReader.FromFrames(packets.Select(Frame));

        Assert.That(timeline.Messages.Select(m => m.Message), Is.EqualTo(ClientMessages()));
        Assert.That(timeline.Messages.Select(m => m.FrameNumber).Distinct(), Is.EqualTo(new long[] { packets.Count }), "every frame waits for the first segment");
        Assert.That(timeline.Notes, Is.EqualTo(new[] { $"TCP {Client} -> {Server}: 2 retransmitted segments held nothing new" }));
    }

    [Test]
    public void Any_cutting_reordering_and_duplication_within_the_buffer_bound_gives_the_same_messages()
    {
        var client = Stream(ClientMessages());
        var gen = Gen.Int[1, client.Length - 1].Array[0, 40].SelectMany(cuts => Gen.Int.Array[cuts.Length + 1].Select(keys => (cuts, keys)));
        FixedSeed.Sample(gen, "tcp reassembly", 200, (cuts, keys) =>
        {
            var segments = Cut(client, ClientIsn, cuts);
            var shuffled = segments.Select((seg, i) => (seg, key: keys[i % keys.Length])).OrderBy(p => p.key).Select(p => p.seg).ToList();
            shuffled.AddRange(segments.Where((_, i) => keys[i % keys.Length] % 3 == 0)); // retransmissions
            var packets = Handshake();
            packets.AddRange(shuffled.Select(seg => TcpPackets.Segment(Client, Server, seg.Sequence, TcpPackets.Psh, seg.Bytes)));

            var timeline = WireTimelineReader.FromFrames(packets.Select(Frame));

            Assert.That(timeline.Messages.Select(m => m.Message), Is.EqualTo(ClientMessages()));
            Assert.That(timeline.Notes.Where(n => !n.Contains("retransmitted", StringComparison.Ordinal)), Is.Empty);
        });
    }

    [Test]
    public void A_gap_that_never_fills_is_noted_and_ends_decoding_of_that_direction()
    {
        var client = Stream(ClientMessages());
        var s = Cut(client, ClientIsn, [20, 60, client.Length - 5]);
        var packets = Handshake();
        packets.Add(TcpPackets.Segment(Client, Server, s[0].Sequence, TcpPackets.Psh, s[0].Bytes));
        packets.Add(TcpPackets.Segment(Client, Server, s[2].Sequence, TcpPackets.Psh, s[2].Bytes));
        packets.Add(TcpPackets.Segment(Client, Server, s[3].Sequence, TcpPackets.Psh, s[3].Bytes));

        var timeline = WireTimelineReader.FromFrames(packets.Select(Frame));

        Assert.That(timeline.Messages.Select(m => m.Message), Is.EqualTo(ClientMessages().Take(1)), "only the CSM lies before the gap");
        Assert.That(timeline.Notes, Has.One.EqualTo($"TCP gap in {Client} -> {Server}: 40 bytes missing before frame 5 (the capture ends before the missing bytes); the rest of this direction is not decoded"));
        Assert.That(timeline.Notes, Has.One.Contains($"TCP {Client} -> {Server}: ").And.Contains("bytes not decoded after bytes are missing"));
    }

    [Test]
    public void Early_bytes_beyond_the_bound_give_up_the_gap_at_once()
    {
        var client = Stream(ClientMessages());
        var s = Cut(client, ClientIsn, [20, 60, 200]);
        var packets = Handshake();
        packets.Add(TcpPackets.Segment(Client, Server, s[2].Sequence, TcpPackets.Psh, s[2].Bytes));
        packets.Add(TcpPackets.Segment(Client, Server, s[3].Sequence, TcpPackets.Psh, s[3].Bytes));
        packets.Add(TcpPackets.Segment(Client, Server, s[0].Sequence, TcpPackets.Psh, s[0].Bytes));

        var timeline = WireTimelineReader.FromFrames(packets.Select(Frame), new WireTimelineOptions { MaxOutOfOrderBytes = 200 });

        Assert.That(timeline.Notes, Has.One.StartsWith($"TCP gap in {Client} -> {Server}: 60 bytes missing before frame 4 (more than 200 bytes arrived after it)"));
        Assert.That(timeline.Messages, Is.Empty, "the stream's start came after the gap was given up");
    }

    [Test]
    public void A_frame_breaking_a_rule_is_a_message_with_its_error_and_the_stream_goes_on()
    {
        // Option delta 15 is reserved (RFC 7252 §3.1, also in RFC 8323 frames); the frame's length is still readable.
        byte[] broken = [0x20, 0x02, 0xF0, 0x00];
        var good = CoapTcpCodec.Encode(Message(CoapCode.Post, 2));
        var packets = Handshake();
        packets.Add(TcpPackets.Segment(Client, Server, ClientIsn + 1, TcpPackets.Psh, [.. broken, .. good]));

        var timeline = WireTimelineReader.FromFrames(packets.Select(Frame));

        Assert.That(timeline.Messages, Has.Count.EqualTo(2));
        Assert.That(timeline.Messages[0].Message, Is.Null);
        Assert.That(timeline.Messages[0].Bytes.ToArray(), Is.EqualTo(broken));
        Assert.That(timeline.Messages[1].Message, Is.EqualTo(Message(CoapCode.Post, 2)));
    }

    [Test]
    public void Tls_on_5684_is_noted_not_decoded_and_a_new_syn_starts_a_new_connection()
    {
        var tlsServer = new IPEndPoint(IPAddress.Loopback, 5684);
        byte[] clientHello = [22, 3, 1, 0, 5, 1, 0, 0, 1, 0];
        var first = CoapTcpCodec.Encode(Message(CoapCode.Csm, 1));
        var second = CoapTcpCodec.Encode(Message(CoapCode.Csm, 2));
        var packets = new List<byte[]>
        {
            TcpPackets.Segment(Client, tlsServer, 100, TcpPackets.Syn, []),
            TcpPackets.Segment(Client, tlsServer, 101, TcpPackets.Psh, clientHello),
            TcpPackets.Segment(Client, Server, 7000, TcpPackets.Syn, []),
            TcpPackets.Segment(Client, Server, 7001, TcpPackets.Psh, first.AsSpan(0, 3)),
            TcpPackets.Segment(Client, Server, 9000, TcpPackets.Syn, []), // the port pair reused: the unfinished frame is left behind
            TcpPackets.Segment(Client, Server, 9001, TcpPackets.Psh, second),
        };

        var timeline = WireTimelineReader.FromFrames(packets.Select(Frame));

        Assert.That(timeline.Messages.Select(m => m.Message), Is.EqualTo(new[] { Message(CoapCode.Csm, 2) }));
        Assert.That(timeline.Notes, Is.EquivalentTo(new[]
        {
            $"TCP {Client} -> {Server}: the stream ends inside a frame (3 bytes of it captured)",
            $"TLS on TCP {Client} -> {tlsServer}: 10 bytes, encrypted, not decoded",
        }));
    }
}
