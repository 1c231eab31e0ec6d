using Harness.Runtime.Capture;

namespace Harness.Runtime.Analysis.Reading;

/// <summary>
/// The classic libpcap format: a 24-byte file header (magic in the writer's byte order, microsecond or
/// nanosecond variant, link type) then records of a 16-byte header (seconds, fraction, captured and original
/// length) and the captured bytes.
/// </summary>
internal sealed class PcapRecordReader : ICaptureFrameSource
{
    public const uint MicrosecondMagic = 0xA1B2C3D4;
    public const uint NanosecondMagic = 0xA1B23C4D;
    private const int FileHeaderLength = 24;
    private const int RecordHeaderLength = 16;

    /// <summary>Records claiming more than this are taken as corruption (Wireshark's own ceiling for most link types).</summary>
    private const uint LargestRecord = 262_144;

    private readonly CaptureByteSource source;
    private readonly ByteOrder order;
    private readonly bool nanoseconds;
    private readonly PcapLinkType linkType;
    private readonly uint largest;
    private long records;

    private PcapRecordReader(CaptureByteSource source, ByteOrder order, bool nanoseconds, PcapLinkType linkType, uint snapshotLength)
    {
        this.source = source;
        this.order = order;
        this.nanoseconds = nanoseconds;
        this.linkType = linkType;
        largest = Math.Max(LargestRecord, snapshotLength);
    }

    /// <summary>Reads the file header; the caller has seen one of the four magic byte sequences.</summary>
    public static PcapRecordReader Open(CaptureByteSource source)
    {
        if (!source.Ensure(FileHeaderLength))
        {
            throw new CaptureFormatException($"the file ends inside the {FileHeaderLength}-byte pcap file header ({source.Buffered} bytes present)", 0, "pcap file header", 0);
        }

        var header = source.Peek(FileHeaderLength);
        var order = new ByteOrder(false);
        uint magic = order.UInt32(header);
        if (magic is not (MicrosecondMagic or NanosecondMagic))
        {
            order = new ByteOrder(true);
            magic = order.UInt32(header);
        }

        bool nanoseconds = magic == NanosecondMagic;
        uint snapshotLength = order.UInt32(header[16..]);
        var linkType = (PcapLinkType)(order.UInt32(header[20..]) & 0xFFFF); // upper bits carry FCS information
        source.Advance(FileHeaderLength);
        return new PcapRecordReader(source, order, nanoseconds, linkType, snapshotLength);
    }

    public bool TryRead(out RawCapturedFrame frame)
    {
        frame = default;
        long offset = source.Position;
        if (!source.Ensure(RecordHeaderLength))
        {
            if (source.Buffered == 0)
            {
                return false;
            }

            throw Corrupt($"the file ends inside the {RecordHeaderLength}-byte record header ({source.Buffered} bytes present)", offset);
        }

        var header = source.Peek(RecordHeaderLength);
        uint seconds = order.UInt32(header);
        uint fraction = order.UInt32(header[4..]);
        uint captured = order.UInt32(header[8..]);
        uint original = order.UInt32(header[12..]);
        if (captured > largest)
        {
            throw Corrupt($"captured length {captured} exceeds the largest plausible record ({largest} bytes)", offset);
        }

        if (!source.Ensure(RecordHeaderLength + (int)captured))
        {
            throw Corrupt($"the file ends inside the record: {captured} captured bytes announced, {source.Buffered - RecordHeaderLength} present", offset);
        }

        var data = source.PeekMemory(RecordHeaderLength + (int)captured)[RecordHeaderLength..];
        source.Advance(RecordHeaderLength + (int)captured);
        ulong units = (seconds * (nanoseconds ? 1_000_000_000UL : 1_000_000UL)) + fraction;
        var timestamp = nanoseconds ? CaptureTimestamp.Nanoseconds : CaptureTimestamp.Microseconds;
        frame = new RawCapturedFrame(timestamp.ToTicks(units), linkType, data, (int)Math.Min(int.MaxValue, Math.Max(original, captured)), null);
        records++;
        return true;
    }

    private CaptureFormatException Corrupt(string problem, long offset) =>
        new(problem, offset, $"pcap record #{records + 1}", records);
}
