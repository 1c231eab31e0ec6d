using System.Buffers.Binary;
using System.Net;

namespace Harness.Tests.Runtime.Analysis.Support;

/// <summary>Bare IPv4 + TCP packets (link type Raw) for reassembly tests: any sequence number, flags and payload, correct checksums.</summary>
internal static class TcpPackets
{
    public const byte Fin = 0x01;
    public const byte Syn = 0x02;
    public const byte Rst = 0x04;
    public const byte Psh = 0x08;
    public const byte Ack = 0x10;

    public static byte[] Segment(IPEndPoint source, IPEndPoint destination, uint sequence, byte flags, ReadOnlySpan<byte> payload, uint acknowledgement = 0)
    {
        var packet = new byte[40 + payload.Length];
        packet[0] = 0x45;
        BinaryPrimitives.WriteUInt16BigEndian(packet.AsSpan(2), (ushort)packet.Length);
        packet[6] = 0x40;
        packet[8] = 64;
        packet[9] = 6;
        source.Address.MapToIPv4().TryWriteBytes(packet.AsSpan(12), out _);
        destination.Address.MapToIPv4().TryWriteBytes(packet.AsSpan(16), out _);
        BinaryPrimitives.WriteUInt16BigEndian(packet.AsSpan(10), Checksum(packet.AsSpan(0, 20), 0));
        var tcp = packet.AsSpan(20);
        BinaryPrimitives.WriteUInt16BigEndian(tcp, (ushort)source.Port);
        BinaryPrimitives.WriteUInt16BigEndian(tcp[2..], (ushort)destination.Port);
        BinaryPrimitives.WriteUInt32BigEndian(tcp[4..], sequence);
        BinaryPrimitives.WriteUInt32BigEndian(tcp[8..], acknowledgement);
        tcp[12] = 5 << 4;
        tcp[13] = (byte)(flags | (flags == Syn ? 0 : Ack));
        BinaryPrimitives.WriteUInt16BigEndian(tcp[14..], 65535);
        payload.CopyTo(tcp[20..]);
        uint pseudo = Sum(packet.AsSpan(12, 8)) + 6 + (uint)tcp.Length;
        BinaryPrimitives.WriteUInt16BigEndian(tcp[16..], Checksum(tcp, pseudo));
        return packet;
    }

    private static ushort Checksum(ReadOnlySpan<byte> bytes, uint initial)
    {
        uint sum = initial + Sum(bytes);
        while (sum >> 16 != 0)
        {
            sum = (sum & 0xFFFF) + (sum >> 16);
        }

        return (ushort)~sum;
    }

    private static uint Sum(ReadOnlySpan<byte> bytes)
    {
        uint sum = 0;
        int i = 0;
        for (; i + 1 < bytes.Length; i += 2)
        {
            sum += BinaryPrimitives.ReadUInt16BigEndian(bytes[i..]);
        }

        if (i < bytes.Length)
        {
            sum += (uint)bytes[i] << 8;
        }

        return sum;
    }
}
