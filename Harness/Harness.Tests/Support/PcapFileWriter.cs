using System.Buffers;
using System.Buffers.Binary;
using System.Net;

namespace Harness.Tests.Support;

/// <summary>
/// Writes a classic libpcap file (magic a1b2c3d4, version 2.4, LINKTYPE_RAW): each packet an IPv4 header
/// with a correct checksum and a UDP header (checksum 0, which IPv4 allows) around a datagram, so third-party
/// dissectors can read datagrams the test made.
/// </summary>
internal sealed class PcapFileWriter
{
    private const int LinkTypeRaw = 101;
    private const int IPv4HeaderLength = 20;
    private const int UdpHeaderLength = 8;
    private readonly ArrayBufferWriter<byte> file = new();
    private int packets;

    public PcapFileWriter()
    {
        Span<byte> header = stackalloc byte[24];
        BinaryPrimitives.WriteUInt32LittleEndian(header, 0xa1b2c3d4);
        BinaryPrimitives.WriteUInt16LittleEndian(header[4..], 2);
        BinaryPrimitives.WriteUInt16LittleEndian(header[6..], 4);
        BinaryPrimitives.WriteUInt32LittleEndian(header[16..], 65535);
        BinaryPrimitives.WriteUInt32LittleEndian(header[20..], LinkTypeRaw);
        file.Write(header);
    }

    /// <summary>Adds one UDP datagram; packets are stamped one second apart from a fixed instant.</summary>
    public void AddUdp(IPEndPoint source, IPEndPoint destination, ReadOnlySpan<byte> datagram)
    {
        int length = IPv4HeaderLength + UdpHeaderLength + datagram.Length;
        var packet = new byte[length];
        packet[0] = 0x45;
        BinaryPrimitives.WriteUInt16BigEndian(packet.AsSpan(2), (ushort)length);
        BinaryPrimitives.WriteUInt16BigEndian(packet.AsSpan(4), (ushort)(packets + 1));
        packet[8] = 64;
        packet[9] = 17;
        source.Address.MapToIPv4().TryWriteBytes(packet.AsSpan(12), out _);
        destination.Address.MapToIPv4().TryWriteBytes(packet.AsSpan(16), out _);
        BinaryPrimitives.WriteUInt16BigEndian(packet.AsSpan(10), Checksum(packet.AsSpan(0, IPv4HeaderLength)));
        BinaryPrimitives.WriteUInt16BigEndian(packet.AsSpan(20), (ushort)source.Port);
        BinaryPrimitives.WriteUInt16BigEndian(packet.AsSpan(22), (ushort)destination.Port);
        BinaryPrimitives.WriteUInt16BigEndian(packet.AsSpan(24), (ushort)(UdpHeaderLength + datagram.Length));
        datagram.CopyTo(packet.AsSpan(IPv4HeaderLength + UdpHeaderLength));

        Span<byte> record = stackalloc byte[16];
        BinaryPrimitives.WriteUInt32LittleEndian(record, (uint)(1_700_000_000 + packets));
        BinaryPrimitives.WriteUInt32LittleEndian(record[8..], (uint)length);
        BinaryPrimitives.WriteUInt32LittleEndian(record[12..], (uint)length);
        file.Write(record);
        file.Write(packet);
        packets++;
    }

    public void Save(string path) => File.WriteAllBytes(path, file.WrittenSpan.ToArray());

    private static ushort Checksum(ReadOnlySpan<byte> header)
    {
        uint sum = 0;
        for (int i = 0; i < header.Length; i += 2)
        {
            sum += BinaryPrimitives.ReadUInt16BigEndian(header[i..]);
        }

        while (sum > 0xFFFF)
        {
            sum = (sum & 0xFFFF) + (sum >> 16);
        }

        return (ushort)~sum;
    }
}
