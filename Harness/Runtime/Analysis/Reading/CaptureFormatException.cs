namespace Harness.Runtime.Analysis.Reading;

/// <summary>
/// A capture file is truncated or corrupt. Frames before <see cref="Offset"/> were read and stay usable; the
/// message names the byte offset and the block (or record) where reading stopped.
/// </summary>
public sealed class CaptureFormatException : Exception
{
    public CaptureFormatException()
        : this("The capture file is corrupt", 0, "file", 0)
    {
    }

    public CaptureFormatException(string message)
        : this(message, 0, "file", 0)
    {
    }

    public CaptureFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        Block = "file";
    }

    public CaptureFormatException(string problem, long offset, string block, long framesRead)
        : base($"{block} at byte offset {offset}: {problem} ({framesRead} frames read before it)")
    {
        Problem = problem;
        Offset = offset;
        Block = block;
        FramesRead = framesRead;
    }

    /// <summary>What is wrong, without the location.</summary>
    public string Problem { get; } = string.Empty;

    /// <summary>Byte offset in the file of the block or record that could not be read.</summary>
    public long Offset { get; }

    /// <summary>Which block or record, e.g. "Enhanced Packet Block #12" or "pcap record #7".</summary>
    public string Block { get; }

    /// <summary>Frames read successfully before the problem.</summary>
    public long FramesRead { get; }
}
