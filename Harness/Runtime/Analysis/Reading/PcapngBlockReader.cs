using System.Text;
using Harness.Runtime.Capture;

namespace Harness.Runtime.Analysis.Reading;

/// <summary>
/// The pcapng format: sections (each opened by a Section Header Block in its own byte order) of blocks with a
/// type, a total length repeated at the end, and options. Frames come from Enhanced, Simple and obsolete Packet
/// Blocks; Interface Description Blocks give each interface's link type and timestamp resolution; other blocks
/// are skipped.
/// </summary>
internal sealed class PcapngBlockReader : ICaptureFrameSource
{
    public const uint SectionHeaderType = 0x0A0D0D0A;
    private const uint ByteOrderMagic = 0x1A2B3C4D;
    private const uint InterfaceDescriptionType = 1;
    private const uint ObsoletePacketType = 2;
    private const uint SimplePacketType = 3;
    private const uint EnhancedPacketType = 6;
    private const ushort CommentOption = 1;
    private const ushort TimestampResolutionOption = 9;
    private const ushort TimestampOffsetOption = 14;

    /// <summary>Blocks claiming more than this are taken as corruption.</summary>
    private const uint LargestBlock = 64 * 1024 * 1024;

    private readonly CaptureByteSource source;
    private readonly List<PcapngInterface> interfaces = [];
    private ByteOrder order;
    private long blocks;
    private long frames;
    private byte[] lastCommentBytes = [];
    private string? lastComment;

    public PcapngBlockReader(CaptureByteSource source) => this.source = source;

    public bool TryRead(out RawCapturedFrame frame)
    {
        while (true)
        {
            long offset = source.Position;
            if (!source.Ensure(12))
            {
                if (source.Buffered == 0)
                {
                    frame = default;
                    return false;
                }

                throw Corrupt($"the file ends inside a block header ({source.Buffered} bytes present)", offset, "block");
            }

            var head = source.Peek(12);
            if (new ByteOrder(false).UInt32(head) == SectionHeaderType) // the type reads the same in both byte orders
            {
                ReadSectionHeader(offset);
                continue;
            }

            uint type = order.UInt32(head);
            uint length = order.UInt32(head[4..]);
            string name = BlockName(type);
            if (length < 12 || length % 4 != 0 || length > LargestBlock)
            {
                throw Corrupt($"block total length {length} is not a multiple of 4 between 12 and {LargestBlock}", offset, name);
            }

            if (!source.Ensure((int)length))
            {
                throw Corrupt($"the file ends inside the block: {length} bytes announced, {source.Buffered} present", offset, name);
            }

            var block = source.PeekMemory((int)length);
            if (order.UInt32(block.Span[((int)length - 4)..]) != length)
            {
                throw Corrupt($"the trailing total length {order.UInt32(block.Span[((int)length - 4)..])} differs from the leading {length}", offset, name);
            }

            blocks++;
            var body = block[8..((int)length - 4)];
            bool isFrame = type switch
            {
                EnhancedPacketType => ReadEnhancedPacket(body, offset, name, out frame),
                SimplePacketType => ReadSimplePacket(body, offset, name, out frame),
                ObsoletePacketType => ReadObsoletePacket(body, offset, name, out frame),
                InterfaceDescriptionType => ReadInterface(body.Span, offset, name, out frame),
                _ => Skip(out frame),
            };
            source.Advance((int)length);
            if (isFrame)
            {
                frames++;
                return true;
            }
        }
    }

    private static bool Skip(out RawCapturedFrame frame)
    {
        frame = default;
        return false;
    }

    private void ReadSectionHeader(long offset)
    {
        const string name = "Section Header Block";
        if (!source.Ensure(28))
        {
            throw Corrupt($"the file ends inside the section header ({source.Buffered} bytes present)", offset, name);
        }

        var head = source.Peek(28);
        var little = new ByteOrder(false);
        uint magic = little.UInt32(head[8..]);
        order = magic switch
        {
            ByteOrderMagic => little,
            0x4D3C2B1A => new ByteOrder(true),
            _ => throw Corrupt($"byte-order magic 0x{magic:x8} is neither 0x1a2b3c4d nor its byte swap", offset, name),
        };
        uint length = order.UInt32(head[4..]);
        ushort major = order.UInt16(head[12..]);
        if (major != 1)
        {
            throw Corrupt($"major version {major} is not 1", offset, name);
        }

        if (length < 28 || length % 4 != 0 || length > LargestBlock || !source.Ensure((int)length))
        {
            throw Corrupt($"block total length {length} is implausible or runs past the end of the file", offset, name);
        }

        if (order.UInt32(source.Peek((int)length)[((int)length - 4)..]) != length)
        {
            throw Corrupt("the trailing total length differs from the leading one", offset, name);
        }

        interfaces.Clear(); // interface ids count from 0 again in every section
        blocks++;
        source.Advance((int)length);
    }

    private bool ReadInterface(ReadOnlySpan<byte> body, long offset, string name, out RawCapturedFrame frame)
    {
        frame = default;
        if (body.Length < 8)
        {
            throw Corrupt($"body of {body.Length} bytes is shorter than 8", offset, name);
        }

        var linkType = (PcapLinkType)order.UInt16(body);
        uint snapshotLength = order.UInt32(body[4..]);
        byte resolution = 6;
        long offsetSeconds = 0;
        var options = new PcapngOptions(body[8..], order);
        while (options.TryNext(out var code, out var value, out _))
        {
            if (code == TimestampResolutionOption && value.Length >= 1)
            {
                resolution = value[0];
            }
            else if (code == TimestampOffsetOption && value.Length >= 8)
            {
                offsetSeconds = (long)order.UInt64(value);
            }
        }

        var timestamp = CaptureTimestamp.FromResolution(resolution, offsetSeconds);
        if (!timestamp.IsSupported)
        {
            throw Corrupt($"if_tsresol 0x{resolution:x2} is beyond any clock", offset, name);
        }

        interfaces.Add(new PcapngInterface(linkType, snapshotLength, timestamp));
        return false;
    }

    // An Enhanced Packet Block starts with a 32-bit interface id.
    private bool ReadEnhancedPacket(ReadOnlyMemory<byte> body, long offset, string name, out RawCapturedFrame frame) =>
        ReadTimestampedPacket(body, wideInterfaceId: true, offset, name, out frame);

    private bool ReadSimplePacket(ReadOnlyMemory<byte> body, long offset, string name, out RawCapturedFrame frame)
    {
        var span = body.Span;
        if (span.Length < 4)
        {
            throw Corrupt($"body of {span.Length} bytes is shorter than 4", offset, name);
        }

        var face = Interface(0, offset, name);
        uint original = order.UInt32(span);
        long captured = Math.Min(original, span.Length - 4);
        if (face.SnapshotLength != 0)
        {
            captured = Math.Min(captured, face.SnapshotLength);
        }

        // A Simple Packet Block has no timestamp: the frame gets the epoch.
        frame = new RawCapturedFrame(face.Timestamp.ToTicks(0), face.LinkType, body.Slice(4, (int)captured), (int)Math.Min(int.MaxValue, original), null);
        return true;
    }

    // The obsolete Packet Block starts with a 16-bit interface id and a 16-bit drop count; the rest is laid out as in an EPB.
    private bool ReadObsoletePacket(ReadOnlyMemory<byte> body, long offset, string name, out RawCapturedFrame frame) =>
        ReadTimestampedPacket(body, wideInterfaceId: false, offset, name, out frame);

    private bool ReadTimestampedPacket(ReadOnlyMemory<byte> body, bool wideInterfaceId, long offset, string name, out RawCapturedFrame frame)
    {
        var span = body.Span;
        if (span.Length < 20)
        {
            throw Corrupt($"body of {span.Length} bytes is shorter than the 20-byte fixed part", offset, name);
        }

        var face = Interface(wideInterfaceId ? order.UInt32(span) : order.UInt16(span), offset, name);
        ulong units = ((ulong)order.UInt32(span[4..]) << 32) | order.UInt32(span[8..]);
        uint captured = order.UInt32(span[12..]);
        uint original = order.UInt32(span[16..]);
        if (captured > span.Length - 20)
        {
            throw Corrupt($"captured length {captured} exceeds the {span.Length - 20} bytes the block holds", offset, name);
        }

        int dataEnd = 20 + (int)captured;
        string? comment = ReadComment(span[Math.Min(span.Length, (dataEnd + 3) & ~3)..]);
        frame = new RawCapturedFrame(face.Timestamp.ToTicks(units), face.LinkType, body[20..dataEnd], (int)Math.Min(int.MaxValue, Math.Max(original, captured)), comment);
        return true;
    }

    private PcapngInterface Interface(uint id, long offset, string name) =>
        id < interfaces.Count
            ? interfaces[(int)id]
            : throw Corrupt($"names interface {id}, but the section has described {interfaces.Count}", offset, name);

    /// <summary>The first opt_comment; consecutive frames of one test step share one string.</summary>
    private string? ReadComment(ReadOnlySpan<byte> area)
    {
        var options = new PcapngOptions(area, order);
        while (options.TryNext(out var code, out var value, out _))
        {
            if (code != CommentOption)
            {
                continue;
            }

            if (lastComment is null || !value.SequenceEqual(lastCommentBytes))
            {
                lastCommentBytes = value.ToArray();
                lastComment = Encoding.UTF8.GetString(value);
            }

            return lastComment;
        }

        return null;
    }

    private static string BlockName(uint type) => type switch
    {
        InterfaceDescriptionType => "Interface Description Block",
        ObsoletePacketType => "Packet Block",
        SimplePacketType => "Simple Packet Block",
        5 => "Interface Statistics Block",
        EnhancedPacketType => "Enhanced Packet Block",
        4 => "Name Resolution Block",
        10 => "Decryption Secrets Block",
        _ => $"block of type 0x{type:x8}",
    };

    private CaptureFormatException Corrupt(string problem, long offset, string name) =>
        new(problem, offset, $"{name} (block #{blocks + 1})", frames);
}
