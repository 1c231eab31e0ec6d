using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;

namespace Harness.Runtime.Capture;

/// <summary>
/// Builds bare IP packets (<see cref="PcapLinkType.Raw"/>) around a UDP payload, with correct lengths and checksums,
/// so that a capture made from the harness's own socket view reads in Wireshark like one taken from the interface.
/// </summary>
public static class IpPacketBuilder
{
    private const byte UdpProtocol = 17;
    private const int Ipv4HeaderLength = 20;
    private const int Ipv6HeaderLength = 40;
    private const int UdpHeaderLength = 8;

    /// <summary>An IPv4 or IPv6 packet (by the source's family) carrying <paramref name="payload"/> from <paramref name="source"/> to <paramref name="destination"/> over UDP.</summary>
    public static byte[] Udp(IPEndPoint source, IPEndPoint destination, ReadOnlySpan<byte> payload)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(destination);
        var from = Normalize(source.Address);
        var to = Normalize(destination.Address);
        if (from.AddressFamily != to.AddressFamily)
        {
            throw new ArgumentException($"source {source} and destination {destination} are of different address families", nameof(destination));
        }

        var v6 = from.AddressFamily == AddressFamily.InterNetworkV6;
        var ipHeader = v6 ? Ipv6HeaderLength : Ipv4HeaderLength;
        var udpLength = UdpHeaderLength + payload.Length;
        if (udpLength > ushort.MaxValue)
        {
            throw new ArgumentException($"a UDP payload of {payload.Length} bytes does not fit a datagram", nameof(payload));
        }

        var packet = new byte[ipHeader + udpLength];
        var ip = packet.AsSpan(0, ipHeader);
        var udp = packet.AsSpan(ipHeader);
        if (v6)
        {
            ip[0] = 0x60;
            BinaryPrimitives.WriteUInt16BigEndian(ip[4..], (ushort)udpLength);
            ip[6] = UdpProtocol;
            ip[7] = 64;
            from.TryWriteBytes(ip.Slice(8, 16), out _);
            to.TryWriteBytes(ip.Slice(24, 16), out _);
        }
        else
        {
            ip[0] = 0x45;
            BinaryPrimitives.WriteUInt16BigEndian(ip[2..], (ushort)packet.Length);
            ip[6] = 0x40; // don't fragment
            ip[8] = 64;
            ip[9] = UdpProtocol;
            from.TryWriteBytes(ip.Slice(12, 4), out _);
            to.TryWriteBytes(ip.Slice(16, 4), out _);
            BinaryPrimitives.WriteUInt16BigEndian(ip[10..], Checksum(ip, 0));
        }

        BinaryPrimitives.WriteUInt16BigEndian(udp, (ushort)source.Port);
        BinaryPrimitives.WriteUInt16BigEndian(udp[2..], (ushort)destination.Port);
        BinaryPrimitives.WriteUInt16BigEndian(udp[4..], (ushort)udpLength);
        payload.CopyTo(udp[UdpHeaderLength..]);
        var checksum = Checksum(udp, PseudoHeaderSum(from, to, udpLength));
        BinaryPrimitives.WriteUInt16BigEndian(udp[6..], checksum == 0 ? (ushort)0xFFFF : checksum);
        return packet;
    }

    // IPv4-mapped IPv6 addresses (dual-mode sockets) are written as the IPv4 they stand for.
    private static IPAddress Normalize(IPAddress address) => address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;

    private static uint PseudoHeaderSum(IPAddress from, IPAddress to, int udpLength)
    {
        Span<byte> address = stackalloc byte[16];
        uint sum = 0;
        foreach (var endpoint in (ReadOnlySpan<IPAddress>)[from, to])
        {
            endpoint.TryWriteBytes(address, out var written);
            sum += SumWords(address[..written]);
        }

        return sum + UdpProtocol + (uint)udpLength;
    }

    private static ushort Checksum(ReadOnlySpan<byte> bytes, uint initial)
    {
        var sum = initial + SumWords(bytes);
        while (sum >> 16 != 0)
        {
            sum = (sum & 0xFFFF) + (sum >> 16);
        }

        return (ushort)~sum;
    }

    private static uint SumWords(ReadOnlySpan<byte> bytes)
    {
        uint sum = 0;
        var i = 0;
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
