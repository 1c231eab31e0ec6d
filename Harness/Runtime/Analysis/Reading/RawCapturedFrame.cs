using Harness.Runtime.Capture;

namespace Harness.Runtime.Analysis.Reading;

/// <summary>
/// A frame as the readers produce it on the fast path: a struct whose bytes are a slice of the reader's buffer,
/// turned into a <see cref="CapturedFrame"/> only when a caller asks for one.
/// </summary>
internal readonly record struct RawCapturedFrame(long UtcTicks, PcapLinkType LinkType, ReadOnlyMemory<byte> Data, int OriginalLength, string? Comment)
{
    public DateTimeOffset Time => new(UtcTicks, TimeSpan.Zero);

    public CapturedFrame ToCapturedFrame() => new(Time, LinkType, Data, OriginalLength, Comment);

    public static RawCapturedFrame From(CapturedFrame frame) =>
        new(frame.Time.UtcTicks, frame.LinkType, frame.Data, frame.OriginalLength, frame.Comment);
}
