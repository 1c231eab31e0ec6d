using System.Buffers.Binary;

namespace Harness.Runtime.Analysis.Reading;

/// <summary>Reads integers in the byte order a capture file (or pcapng section) declared.</summary>
internal readonly record struct ByteOrder(bool BigEndian)
{
    public ushort UInt16(ReadOnlySpan<byte> bytes) =>
        BigEndian ? BinaryPrimitives.ReadUInt16BigEndian(bytes) : BinaryPrimitives.ReadUInt16LittleEndian(bytes);

    public uint UInt32(ReadOnlySpan<byte> bytes) =>
        BigEndian ? BinaryPrimitives.ReadUInt32BigEndian(bytes) : BinaryPrimitives.ReadUInt32LittleEndian(bytes);

    public ulong UInt64(ReadOnlySpan<byte> bytes) =>
        BigEndian ? BinaryPrimitives.ReadUInt64BigEndian(bytes) : BinaryPrimitives.ReadUInt64LittleEndian(bytes);
}
