namespace Harness.Runtime.Analysis.Timeline;

/// <summary>Stream bytes from one captured segment, with the frame that carried them (for the message it completes).</summary>
internal readonly record struct TcpSegment(uint Sequence, ReadOnlyMemory<byte> Data, long FrameNumber, long UtcTicks, string? Comment)
{
    public uint End => Sequence + (uint)Data.Length;
}
