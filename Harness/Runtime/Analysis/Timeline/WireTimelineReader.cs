using Harness.Runtime.Analysis.Reading;
using Harness.Runtime.Capture;

namespace Harness.Runtime.Analysis.Timeline;

/// <summary>
/// Reads a pcap or pcapng capture straight into a <see cref="WireTimeline"/>. A truncated or corrupt file does not
/// throw: the timeline holds every message before the damage, and its first note names the byte offset and block.
/// A file that is not a capture at all (no valid header) throws <see cref="CaptureFormatException"/>.
/// </summary>
public static class WireTimelineReader
{
    public static WireTimeline Read(string path, WireTimelineOptions? options = null)
    {
        using var reader = CaptureFileReader.Open(path);
        return Read(reader, options);
    }

    public static WireTimeline Read(Stream stream, WireTimelineOptions? options = null)
    {
        using var reader = CaptureFileReader.Open(stream, leaveOpen: true);
        return Read(reader, options);
    }

    /// <summary>From frames already in memory (the in-process tap's), in capture order.</summary>
    public static WireTimeline FromFrames(IEnumerable<CapturedFrame> frames, WireTimelineOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(frames);
        var builder = new WireTimelineBuilder(options);
        foreach (var frame in frames)
        {
            builder.Add(frame);
        }

        return builder.Build();
    }

    private static WireTimeline Read(CaptureFileReader reader, WireTimelineOptions? options)
    {
        var builder = new WireTimelineBuilder(options);
        try
        {
            while (reader.TryRead(out var frame))
            {
                builder.Add(frame);
            }
        }
        catch (CaptureFormatException error)
        {
            builder.AddReadError(error);
        }

        return builder.Build();
    }
}
