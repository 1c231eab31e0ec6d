using System.Net;
using Harness.Protocol.Coap;
using Harness.Protocol.Coap.Tcp;

namespace Harness.Runtime.Analysis.Timeline;

/// <summary>
/// Cuts one direction's in-order TCP bytes into RFC 8323 frames, one <see cref="WireMessage"/> each, stamped with
/// the segment that completed it. A frame inside one segment is a slice of the capture; a frame split across
/// segments is copied once. A frame that breaks a rule is still a message (with its strict error) when its length
/// can be read; when even that fails, or after a gap, the direction cannot be resynchronised and is not decoded further.
/// A stream starting with a TLS record header (content type 20-24, version 3.x) is counted as TLS, not decoded.
/// </summary>
internal sealed class CoapTcpFrameReader
{
    /// <summary>A frame still incomplete after this many bytes is taken as a corrupt length, not waited for.</summary>
    private const int LargestFrame = 16 * 1024 * 1024;

    private readonly IPEndPoint source;
    private readonly IPEndPoint destination;
    private readonly List<WireMessage> messages;
    private byte[] pending = [];
    private int pendingLength;
    private bool started;
    private bool tls;
    private string? stopped;
    private long undecodedBytes;

    public CoapTcpFrameReader(IPEndPoint source, IPEndPoint destination, List<WireMessage> messages)
    {
        this.source = source;
        this.destination = destination;
        this.messages = messages;
    }

    public void Add(TcpSegment segment)
    {
        if (!started)
        {
            started = true;
            var first = segment.Data.Span;
            tls = first.Length >= 2 && first[0] is >= 20 and <= 24 && first[1] == 3;
        }

        if (tls || stopped is not null)
        {
            undecodedBytes += segment.Data.Length;
            return;
        }

        if (pendingLength == 0)
        {
            int used = ReadFrames(segment.Data, segment, copy: false);
            Keep(segment.Data.Span[used..]);
            return;
        }

        Keep(segment.Data.Span);
        int consumed = ReadFrames(pending.AsMemory(0, pendingLength), segment, copy: true);
        pending.AsSpan(consumed, pendingLength - consumed).CopyTo(pending);
        pendingLength -= consumed;
        if (pendingLength > LargestFrame)
        {
            stopped = $"a frame still incomplete after {LargestFrame} bytes (frame {segment.FrameNumber})";
            Desynchronise();
        }
    }

    /// <summary>Bytes were lost before what comes next: frame boundaries are unknown from here on.</summary>
    public void Desynchronise()
    {
        undecodedBytes += pendingLength;
        pendingLength = 0;
        stopped ??= "bytes are missing";
    }

    public void Finish(List<string> notes)
    {
        string name = $"{source} -> {destination}";
        if (tls)
        {
            notes.Add($"TLS on TCP {name}: {undecodedBytes} bytes, encrypted, not decoded");
            return;
        }

        if (stopped is not null && undecodedBytes + pendingLength > 0)
        {
            notes.Add($"TCP {name}: {undecodedBytes + pendingLength} bytes not decoded after {stopped}");
        }
        else if (pendingLength > 0)
        {
            notes.Add($"TCP {name}: the stream ends inside a frame ({pendingLength} bytes of it captured)");
        }
    }

    /// <summary>Reads whole frames from the front of <paramref name="bytes"/>; returns how many bytes they took.</summary>
    private int ReadFrames(ReadOnlyMemory<byte> bytes, TcpSegment segment, bool copy)
    {
        int position = 0;
        while (position < bytes.Length && stopped is null)
        {
            var rest = bytes[position..];
            var status = CoapTcpCodec.TryReadFrame(rest, CoapDecodeMode.Strict, out int consumed, out var result);
            if (status == CoapTcpReadStatus.Error)
            {
                // The lax reader still finds where a rule-breaking frame ends, so the stream goes on after it.
                status = CoapTcpCodec.TryReadFrame(rest, CoapDecodeMode.Lax, out consumed, out _);
                if (status == CoapTcpReadStatus.Error)
                {
                    stopped = $"an unreadable frame header in frame {segment.FrameNumber} ({result.FirstError})";
                    undecodedBytes += rest.Length;
                    return bytes.Length;
                }

                if (status == CoapTcpReadStatus.Frame)
                {
                    Emit(rest[..consumed], result, segment, copy);
                    position += consumed;
                    continue;
                }
            }

            if (status == CoapTcpReadStatus.NeedMoreData)
            {
                break;
            }

            Emit(rest[..consumed], result, segment, copy);
            position += consumed;
        }

        return position;
    }

    private void Emit(ReadOnlyMemory<byte> frame, CoapDecodeResult result, TcpSegment segment, bool copy)
    {
        if (copy)
        {
            // The pending buffer is reused: the message gets its own bytes, decoded again so it refers to them.
            frame = frame.ToArray();
            var again = CoapTcpCodec.TryReadFrame(frame, CoapDecodeMode.Strict, out _, out var copied);
            result = again == CoapTcpReadStatus.NeedMoreData ? result : copied;
        }

        messages.Add(new WireMessage
        {
            Index = messages.Count,
            FrameNumber = segment.FrameNumber,
            Time = new DateTimeOffset(segment.UtcTicks, TimeSpan.Zero),
            Source = source,
            Destination = destination,
            Transport = WireTransport.Tcp,
            Bytes = frame,
            Decoded = result,
            Comment = segment.Comment,
        });
    }

    private void Keep(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return;
        }

        if (pending.Length < pendingLength + bytes.Length)
        {
            Array.Resize(ref pending, Math.Max(pending.Length * 2, pendingLength + bytes.Length));
        }

        bytes.CopyTo(pending.AsSpan(pendingLength));
        pendingLength += bytes.Length;
    }
}
