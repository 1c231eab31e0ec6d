using Harness.Runtime.Capture;

namespace Harness.Runtime.Analysis.Reading;

/// <summary>
/// Reads the frames of a pcap or pcapng capture, whichever the file is. Frames refer to the reader's buffers
/// without copying. A truncated or corrupt file ends the enumeration with a <see cref="CaptureFormatException"/>
/// naming the byte offset and block; the frames before it were already handed out and stay valid.
/// </summary>
public sealed class CaptureFileReader : IDisposable
{
    private readonly CaptureByteSource source;
    private readonly ICaptureFrameSource frames;

    private CaptureFileReader(CaptureByteSource source, ICaptureFrameSource frames, CaptureFileFormat format)
    {
        this.source = source;
        this.frames = frames;
        Format = format;
    }

    public CaptureFileFormat Format { get; }

    /// <summary>Frames read so far.</summary>
    public long FramesRead { get; private set; }

    /// <summary>Opens <paramref name="path"/> and reads its header.</summary>
    public static CaptureFileReader Open(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1, FileOptions.SequentialScan);
        try
        {
            return Open(stream, leaveOpen: false);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>Reads the header from <paramref name="stream"/>; the reader owns the stream unless <paramref name="leaveOpen"/>.</summary>
    public static CaptureFileReader Open(Stream stream, bool leaveOpen = false)
    {
        var source = new CaptureByteSource(stream, leaveOpen);
        if (!source.Ensure(4))
        {
            throw new CaptureFormatException($"the file holds {source.Buffered} bytes, too few for any capture header", 0, "file header", 0);
        }

        var little = new ByteOrder(false);
        uint magic = little.UInt32(source.Peek(4));
        uint swapped = new ByteOrder(true).UInt32(source.Peek(4));
        if (magic == PcapngBlockReader.SectionHeaderType)
        {
            return new CaptureFileReader(source, new PcapngBlockReader(source), CaptureFileFormat.Pcapng);
        }

        if (magic is PcapRecordReader.MicrosecondMagic or PcapRecordReader.NanosecondMagic
            || swapped is PcapRecordReader.MicrosecondMagic or PcapRecordReader.NanosecondMagic)
        {
            return new CaptureFileReader(source, PcapRecordReader.Open(source), CaptureFileFormat.Pcap);
        }

        throw new CaptureFormatException($"magic 0x{magic:x8} (as little-endian) is neither pcap's nor pcapng's", 0, "file header", 0);
    }

    /// <summary>Every remaining frame as a <see cref="CapturedFrame"/>.</summary>
    public IEnumerable<CapturedFrame> ReadFrames()
    {
        while (TryRead(out var frame))
        {
            yield return frame.ToCapturedFrame();
        }
    }

    /// <summary>Reads a whole file into memory as frames.</summary>
    public static IReadOnlyList<CapturedFrame> ReadAll(string path)
    {
        using var reader = Open(path);
        return [.. reader.ReadFrames()];
    }

    /// <summary>The fast path: the next frame as a struct.</summary>
    internal bool TryRead(out RawCapturedFrame frame)
    {
        if (!frames.TryRead(out frame))
        {
            return false;
        }

        FramesRead++;
        return true;
    }

    public void Dispose() => source.Dispose();
}
