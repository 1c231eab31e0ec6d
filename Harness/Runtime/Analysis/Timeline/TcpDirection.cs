using System.Net;

namespace Harness.Runtime.Analysis.Timeline;

/// <summary>
/// One direction of one TCP connection: puts segments back in sequence order (retransmitted and overlapping
/// bytes dropped, early segments held up to a bound) and hands the in-order bytes to the frame reader.
/// Sequence numbers are compared modulo 2^32.
/// </summary>
internal sealed class TcpDirection
{
    private readonly List<TcpSegment> early = [];
    private readonly int maxEarlyBytes;
    private readonly CoapTcpFrameReader frames;
    private bool synchronised;
    private uint next;
    private int earlyBytes;

    public TcpDirection(IPEndPoint source, IPEndPoint destination, int maxEarlyBytes, List<WireMessage> messages)
    {
        Source = source;
        Destination = destination;
        this.maxEarlyBytes = maxEarlyBytes;
        frames = new CoapTcpFrameReader(source, destination, messages);
    }

    public IPEndPoint Source { get; }

    public IPEndPoint Destination { get; }

    /// <summary>Segments whose bytes had all been seen already.</summary>
    public long Retransmissions { get; private set; }

    /// <summary>Whether the capture began after this direction's SYN (its first bytes may fall inside a frame).</summary>
    public bool JoinedMidStream { get; private set; }

    /// <summary>The SYN's initial sequence number, to tell a new connection on the same ports from a retransmitted SYN.</summary>
    public uint? InitialSequence { get; private set; }

    public string Name => $"{Source} -> {Destination}";

    public void Syn(uint sequence)
    {
        InitialSequence = sequence;
        next = sequence + 1;
        synchronised = true;
    }

    /// <summary>Takes the data of one segment; a gap given up is noted in <paramref name="notes"/>.</summary>
    public void Data(TcpSegment segment, List<string> notes)
    {
        if (segment.Data.IsEmpty)
        {
            return;
        }

        if (!synchronised)
        {
            next = segment.Sequence;
            synchronised = true;
            JoinedMidStream = true;
        }

        int ahead = (int)(segment.Sequence - next);
        if (ahead > 0)
        {
            Hold(segment, notes);
            return;
        }

        if (-ahead >= segment.Data.Length)
        {
            Retransmissions++;
            return;
        }

        Deliver(segment with { Sequence = next, Data = segment.Data[(-ahead)..] });
        Drain();
    }

    /// <summary>End of the capture or of the connection: early bytes that never connected are a gap.</summary>
    public void Finish(List<string> notes)
    {
        while (early.Count > 0)
        {
            GiveUpGap(notes, "the capture ends before the missing bytes");
        }

        frames.Finish(notes);
    }

    private void Deliver(TcpSegment segment)
    {
        next = segment.End;
        frames.Add(segment);
    }

    private void Hold(TcpSegment segment, List<string> notes)
    {
        int at = early.FindIndex(s => (int)(s.Sequence - segment.Sequence) > 0);
        early.Insert(at < 0 ? early.Count : at, segment);
        earlyBytes += segment.Data.Length;
        while (earlyBytes > maxEarlyBytes)
        {
            GiveUpGap(notes, $"more than {maxEarlyBytes} bytes arrived after it");
        }
    }

    private void Drain()
    {
        while (early.Count > 0 && (int)(early[0].Sequence - next) <= 0)
        {
            var segment = early[0];
            early.RemoveAt(0);
            earlyBytes -= segment.Data.Length;
            int behind = (int)(next - segment.Sequence);
            if (behind >= segment.Data.Length)
            {
                Retransmissions++;
                continue;
            }

            Deliver(segment with { Sequence = next, Data = segment.Data[behind..] });
        }
    }

    /// <summary>Skips the missing bytes: the frame reader cannot find frame boundaries after a hole, so it stops decoding this direction.</summary>
    private void GiveUpGap(List<string> notes, string why)
    {
        var first = early[0];
        uint missing = first.Sequence - next;
        notes.Add($"TCP gap in {Name}: {missing} bytes missing before frame {first.FrameNumber} ({why}); the rest of this direction is not decoded");
        frames.Desynchronise();
        next = first.Sequence;
        Drain();
    }
}
