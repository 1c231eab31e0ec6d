using System.Buffers.Binary;

namespace Harness.Tests.Runtime.Analysis.Support;

/// <summary>Variants of a plain IPv4 or IPv6 UDP packet (from IpPacketBuilder): with IPv4 options, IPv6 extension headers, or cut into fragments.</summary>
internal static class IpFrames
{
    /// <summary>Inserts 4 bytes of IPv4 options (record-route-free: NOP, NOP, NOP, end) and fixes IHL, length and checksum.</summary>
    public static byte[] WithIpv4Options(byte[] packet)
    {
        var result = new byte[packet.Length + 4];
        packet.AsSpan(0, 20).CopyTo(result);
        result.AsSpan(20, 4).SetValue([1, 1, 1, 0]);
        packet.AsSpan(20).CopyTo(result.AsSpan(24));
        result[0] = 0x46;
        BinaryPrimitives.WriteUInt16BigEndian(result.AsSpan(2), (ushort)result.Length);
        FixChecksum(result, 24);
        return result;
    }

    /// <summary>Inserts a hop-by-hop and a destination-options header (8 bytes each, PadN) before the UDP header.</summary>
    public static byte[] WithIpv6Extensions(byte[] packet)
    {
        var result = new byte[packet.Length + 16];
        packet.AsSpan(0, 40).CopyTo(result);
        result[6] = 0; // hop-by-hop
        result.AsSpan(40, 8).SetValue([60, 0, 1, 4, 0, 0, 0, 0]);
        result.AsSpan(48, 8).SetValue([17, 0, 1, 4, 0, 0, 0, 0]);
        packet.AsSpan(40).CopyTo(result.AsSpan(56));
        BinaryPrimitives.WriteUInt16BigEndian(result.AsSpan(4), (ushort)(result.Length - 40));
        return result;
    }

    /// <summary>The IPv4 packet as two fragments, the first carrying <paramref name="firstPayload"/> bytes (a multiple of 8) after the header.</summary>
    public static (byte[] First, byte[] Second) Ipv4Fragments(byte[] packet, int firstPayload)
    {
        var first = new byte[20 + firstPayload];
        packet.AsSpan(0, first.Length).CopyTo(first);
        BinaryPrimitives.WriteUInt16BigEndian(first.AsSpan(2), (ushort)first.Length);
        BinaryPrimitives.WriteUInt16BigEndian(first.AsSpan(6), 0x2000); // more fragments
        FixChecksum(first, 20);
        var second = new byte[packet.Length - firstPayload];
        packet.AsSpan(0, 20).CopyTo(second);
        packet.AsSpan(20 + firstPayload).CopyTo(second.AsSpan(20));
        BinaryPrimitives.WriteUInt16BigEndian(second.AsSpan(2), (ushort)second.Length);
        BinaryPrimitives.WriteUInt16BigEndian(second.AsSpan(6), (ushort)(firstPayload / 8));
        FixChecksum(second, 20);
        return (first, second);
    }

    private static void SetValue(this Span<byte> target, ReadOnlySpan<byte> value) => value.CopyTo(target);

    private static void FixChecksum(byte[] packet, int headerLength)
    {
        packet[10] = 0;
        packet[11] = 0;
        uint sum = 0;
        for (int i = 0; i < headerLength; i += 2)
        {
            sum += BinaryPrimitives.ReadUInt16BigEndian(packet.AsSpan(i));
        }

        while (sum >> 16 != 0)
        {
            sum = (sum & 0xFFFF) + (sum >> 16);
        }

        BinaryPrimitives.WriteUInt16BigEndian(packet.AsSpan(10), (ushort)~sum);
    }
}
