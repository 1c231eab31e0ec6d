namespace Harness.Runtime.Analysis.Reading;

/// <summary>One capture file format's frame reader, positioned after the file's magic has been recognised.</summary>
internal interface ICaptureFrameSource
{
    /// <summary>The next frame; false at the clean end of the file. Throws <see cref="CaptureFormatException"/> on a truncated or corrupt block.</summary>
    bool TryRead(out RawCapturedFrame frame);
}
