using System.Buffers.Binary;
using System.Text;

namespace Harness.Runtime.Capture;

/// <summary>
/// Writes a pcapng file (little-endian, one section): a Section Header Block naming the application, one Interface
/// Description Block per link type (written when its first frame arrives; microsecond timestamps), one Enhanced Packet
/// Block per frame with its comment, and Interface Statistics Blocks carrying received and dropped counts.
/// Wireshark, tshark and libpcap read the result. Not thread-safe: one writer per capture.
/// </summary>
public sealed class PcapngWriter : IDisposable
{
    /// <summary>The snapshot length announced for every interface: frames longer than this are truncated by whoever captured them.</summary>
    public const int SnapshotLength = 262_144;

    private const uint SectionHeaderType = 0x0A0D0D0A;
    private const uint InterfaceDescriptionType = 1;
    private const uint InterfaceStatisticsType = 5;
    private const uint EnhancedPacketType = 6;
    private const ushort EndOfOptions = 0;
    private const ushort CommentOption = 1;

    private readonly Stream output;
    private readonly bool leaveOpen;
    private readonly Dictionary<PcapLinkType, int> interfaces = [];
    private readonly MemoryStream block = new();

    /// <summary>Starts a section on <paramref name="output"/>; <paramref name="application"/> goes into shb_userappl.</summary>
    public PcapngWriter(Stream output, string application, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentException.ThrowIfNullOrWhiteSpace(application);
        this.output = output;
        this.leaveOpen = leaveOpen;
        Begin(SectionHeaderType);
        WriteUInt32(0x1A2B3C4D);
        WriteUInt16(1);
        WriteUInt16(0);
        WriteUInt64(ulong.MaxValue); // section length not given
        WriteOption(4, Encoding.UTF8.GetBytes(application));
        EndOptions();
        Finish();
    }

    /// <summary>Frames written so far.</summary>
    public long FrameCount { get; private set; }

    /// <summary>Appends one frame as an Enhanced Packet Block.</summary>
    public void Write(CapturedFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var interfaceId = InterfaceFor(frame.LinkType);
        Begin(EnhancedPacketType);
        WriteUInt32((uint)interfaceId);
        WriteTimestamp(frame.Time);
        WriteUInt32((uint)frame.Data.Length);
        WriteUInt32((uint)Math.Max(frame.OriginalLength, frame.Data.Length));
        block.Write(frame.Data.Span);
        Pad(frame.Data.Length);
        if (!string.IsNullOrEmpty(frame.Comment))
        {
            WriteOption(CommentOption, Encoding.UTF8.GetBytes(frame.Comment));
            EndOptions();
        }

        Finish();
        FrameCount++;
    }

    /// <summary>Appends an Interface Statistics Block for the interface of <paramref name="linkType"/> (isb_ifrecv, isb_ifdrop).</summary>
    public void WriteStatistics(PcapLinkType linkType, CaptureStatistics statistics, DateTimeOffset time)
    {
        var interfaceId = InterfaceFor(linkType);
        Begin(InterfaceStatisticsType);
        WriteUInt32((uint)interfaceId);
        WriteTimestamp(time);
        Span<byte> value = stackalloc byte[8];
        BinaryPrimitives.WriteUInt64LittleEndian(value, (ulong)Math.Max(0, statistics.Received));
        WriteOption(4, value);
        BinaryPrimitives.WriteUInt64LittleEndian(value, (ulong)Math.Max(0, statistics.Dropped));
        WriteOption(5, value);
        EndOptions();
        Finish();
    }

    /// <summary>Flushes what was written to the underlying stream.</summary>
    public void Flush() => output.Flush();

    public void Dispose()
    {
        output.Flush();
        if (!leaveOpen)
        {
            output.Dispose();
        }

        block.Dispose();
    }

    private int InterfaceFor(PcapLinkType linkType)
    {
        if (interfaces.TryGetValue(linkType, out var id))
        {
            return id;
        }

        id = interfaces.Count;
        interfaces.Add(linkType, id);
        Begin(InterfaceDescriptionType);
        WriteUInt16((ushort)linkType);
        WriteUInt16(0);
        WriteUInt32(SnapshotLength);
        EndOptions();
        Finish();
        return id;
    }

    private void Begin(uint type)
    {
        block.SetLength(0);
        WriteUInt32(type);
        WriteUInt32(0); // total length, patched in Finish
    }

    private void Finish()
    {
        var total = (uint)block.Length + 4;
        WriteUInt32(total);
        var bytes = block.GetBuffer().AsSpan(0, (int)block.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes[4..], total);
        output.Write(bytes);
    }

    private void WriteTimestamp(DateTimeOffset time)
    {
        var micros = (ulong)((time.UtcTicks - DateTime.UnixEpoch.Ticks) / (TimeSpan.TicksPerMillisecond / 1000));
        WriteUInt32((uint)(micros >> 32));
        WriteUInt32((uint)micros);
    }

    private void WriteOption(ushort code, ReadOnlySpan<byte> value)
    {
        WriteUInt16(code);
        WriteUInt16((ushort)value.Length);
        block.Write(value);
        Pad(value.Length);
    }

    private void EndOptions()
    {
        WriteUInt16(EndOfOptions);
        WriteUInt16(0);
    }

    private void Pad(int length)
    {
        for (var i = length; i % 4 != 0; i++)
        {
            block.WriteByte(0);
        }
    }

    private void WriteUInt16(ushort value)
    {
        Span<byte> bytes = stackalloc byte[2];
        BinaryPrimitives.WriteUInt16LittleEndian(bytes, value);
        block.Write(bytes);
    }

    private void WriteUInt32(uint value)
    {
        Span<byte> bytes = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(bytes, value);
        block.Write(bytes);
    }

    private void WriteUInt64(ulong value)
    {
        Span<byte> bytes = stackalloc byte[8];
        BinaryPrimitives.WriteUInt64LittleEndian(bytes, value);
        block.Write(bytes);
    }
}
