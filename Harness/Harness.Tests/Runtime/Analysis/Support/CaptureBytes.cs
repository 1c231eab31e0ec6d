using System.Buffers;
using System.Buffers.Binary;
using System.Text;

namespace Harness.Tests.Runtime.Analysis.Support;

/// <summary>
/// Writes pcap and pcapng files byte by byte in either byte order, with the variants our own writer never
/// produces (nanosecond pcap, big-endian sections, if_tsresol, Simple and obsolete Packet Blocks, unknown
/// blocks), so the reader is tested on what other tools write. tshark reads the same files as a cross-check.
/// </summary>
internal sealed class CaptureBytes
{
    private readonly ArrayBufferWriter<byte> file = new();
    private bool bigEndian;

    public byte[] ToArray() => file.WrittenSpan.ToArray();

    public string Save()
    {
        string path = Path.Combine(Path.GetTempPath(), $"capture-{Guid.NewGuid():N}.pcapng");
        File.WriteAllBytes(path, ToArray());
        return path;
    }

    /// <summary>A classic pcap header; <paramref name="nanoseconds"/> picks magic a1b23c4d.</summary>
    public CaptureBytes PcapHeader(bool bigEndian, bool nanoseconds, int linkType, uint snapshotLength = 65535)
    {
        this.bigEndian = bigEndian;
        U32(nanoseconds ? 0xA1B23C4D : 0xA1B2C3D4);
        U16(2);
        U16(4);
        U32(0);
        U32(0);
        U32(snapshotLength);
        U32((uint)linkType);
        return this;
    }

    public CaptureBytes PcapRecord(uint seconds, uint fraction, ReadOnlySpan<byte> data, int? originalLength = null)
    {
        U32(seconds);
        U32(fraction);
        U32((uint)data.Length);
        U32((uint)(originalLength ?? data.Length));
        file.Write(data);
        return this;
    }

    public CaptureBytes SectionHeader(bool bigEndian)
    {
        this.bigEndian = bigEndian;
        return Block(0x0A0D0D0A, body =>
        {
            body.U32(0x1A2B3C4D);
            body.U16(1);
            body.U16(0);
            body.U64(ulong.MaxValue);
        });
    }

    /// <summary>An IDB; <paramref name="resolution"/> is the if_tsresol byte (null: default microseconds).</summary>
    public CaptureBytes InterfaceDescription(int linkType, byte? resolution = null, uint snapshotLength = 0) =>
        Block(1, body =>
        {
            body.U16((ushort)linkType);
            body.U16(0);
            body.U32(snapshotLength);
            if (resolution is { } r)
            {
                body.Option(9, [r]);
                body.Option(0, []);
            }
        });

    public CaptureBytes EnhancedPacket(int interfaceId, ulong timestamp, ReadOnlySpan<byte> data, string? comment = null, int? originalLength = null)
    {
        var copy = data.ToArray();
        return Block(6, body =>
        {
            body.U32((uint)interfaceId);
            body.U32((uint)(timestamp >> 32));
            body.U32((uint)timestamp);
            body.U32((uint)copy.Length);
            body.U32((uint)(originalLength ?? copy.Length));
            body.Padded(copy);
            if (comment is not null)
            {
                body.Option(1, Encoding.UTF8.GetBytes(comment));
                body.Option(0, []);
            }
        });
    }

    public CaptureBytes SimplePacket(ReadOnlySpan<byte> data)
    {
        var copy = data.ToArray();
        return Block(3, body =>
        {
            body.U32((uint)copy.Length);
            body.Padded(copy);
        });
    }

    /// <summary>The obsolete Packet Block (type 2): 16-bit interface id and drop count.</summary>
    public CaptureBytes ObsoletePacket(int interfaceId, ulong timestamp, ReadOnlySpan<byte> data)
    {
        var copy = data.ToArray();
        return Block(2, body =>
        {
            body.U16((ushort)interfaceId);
            body.U16(0);
            body.U32((uint)(timestamp >> 32));
            body.U32((uint)timestamp);
            body.U32((uint)copy.Length);
            body.U32((uint)copy.Length);
            body.Padded(copy);
        });
    }

    /// <summary>A block of a type no reader knows (a custom block type with no meaning to tshark).</summary>
    public CaptureBytes UnknownBlock(uint type, int length) => Block(type, body => body.Padded(new byte[length]));

    public CaptureBytes Raw(ReadOnlySpan<byte> bytes)
    {
        file.Write(bytes);
        return this;
    }

    private CaptureBytes Block(uint type, Action<CaptureBytes> writeBody)
    {
        var body = new CaptureBytes { bigEndian = bigEndian };
        writeBody(body);
        uint total = (uint)body.file.WrittenCount + 12;
        U32(type);
        U32(total);
        file.Write(body.file.WrittenSpan);
        U32(total);
        return this;
    }

    private void Option(ushort code, byte[] value)
    {
        U16(code);
        U16((ushort)value.Length);
        Padded(value);
    }

    private void Padded(byte[] bytes)
    {
        file.Write(bytes);
        file.Write(new byte[(4 - (bytes.Length % 4)) % 4]);
    }

    private void U16(ushort value)
    {
        var span = file.GetSpan(2);
        if (bigEndian)
        {
            BinaryPrimitives.WriteUInt16BigEndian(span, value);
        }
        else
        {
            BinaryPrimitives.WriteUInt16LittleEndian(span, value);
        }

        file.Advance(2);
    }

    private void U32(uint value)
    {
        var span = file.GetSpan(4);
        if (bigEndian)
        {
            BinaryPrimitives.WriteUInt32BigEndian(span, value);
        }
        else
        {
            BinaryPrimitives.WriteUInt32LittleEndian(span, value);
        }

        file.Advance(4);
    }

    private void U64(ulong value)
    {
        var span = file.GetSpan(8);
        if (bigEndian)
        {
            BinaryPrimitives.WriteUInt64BigEndian(span, value);
        }
        else
        {
            BinaryPrimitives.WriteUInt64LittleEndian(span, value);
        }

        file.Advance(8);
    }
}
