namespace Harness.Runtime.Capture;

/// <summary>One link-layer frame of a capture: when it was seen, what link layer it starts with, its bytes and an optional comment (the test step).</summary>
/// <param name="Time">When the frame was captured (UTC).</param>
/// <param name="LinkType">The link layer the bytes start with.</param>
/// <param name="Data">The captured bytes (possibly truncated to the snapshot length).</param>
/// <param name="OriginalLength">The frame's length on the wire; more than <paramref name="Data"/>'s when truncated.</param>
/// <param name="Comment">A per-packet comment written as the pcapng opt_comment option, or null.</param>
public sealed record CapturedFrame(DateTimeOffset Time, PcapLinkType LinkType, ReadOnlyMemory<byte> Data, int OriginalLength, string? Comment = null)
{
    /// <summary>A complete (untruncated) frame.</summary>
    public CapturedFrame(DateTimeOffset time, PcapLinkType linkType, ReadOnlyMemory<byte> data, string? comment = null)
        : this(time, linkType, data, data.Length, comment)
    {
    }
}
