using System.Buffers.Binary;
using System.Net;

namespace Harness.Runtime.Capture;

/// <summary>
/// Finds the UDP datagram in a captured frame (loopback, Ethernet, Linux cooked or bare IP link layers; IPv4 or
/// IPv6 without extension headers; unfragmented), so that a live capture can be matched against the datagrams the
/// harness saw. Anything else is not a datagram here; the wire analyzer is the full reader.
/// </summary>
public static class FrameUdpReader
{
    private const byte UdpProtocol = 17;
    private const ushort EtherTypeIpv4 = 0x0800;
    private const ushort EtherTypeIpv6 = 0x86DD;
    private const ushort EtherTypeVlan = 0x8100;

    /// <summary>The UDP datagram <paramref name="frame"/> carries, or null.</summary>
    public static UdpDatagramView? Read(CapturedFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var data = frame.Data.Span;
        var ip = IpOffset(frame.LinkType, data);
        if (ip < 0 || ip >= data.Length)
        {
            return null;
        }

        var packet = data[ip..];
        return (packet[0] >> 4) switch
        {
            4 => ReadIpv4(packet, frame),
            6 => ReadIpv6(packet, frame),
            _ => null,
        };
    }

    private static int IpOffset(PcapLinkType linkType, ReadOnlySpan<byte> data) => linkType switch
    {
        PcapLinkType.Raw or PcapLinkType.Ipv4 or PcapLinkType.Ipv6 => 0,
        PcapLinkType.Null => 4,
        PcapLinkType.Ethernet => EthernetPayload(data),
        PcapLinkType.LinuxSll => data.Length >= 16 && IsIp(BinaryPrimitives.ReadUInt16BigEndian(data[14..])) ? 16 : -1,
        PcapLinkType.LinuxSll2 => data.Length >= 20 && IsIp(BinaryPrimitives.ReadUInt16BigEndian(data)) ? 20 : -1,
        _ => -1,
    };

    private static int EthernetPayload(ReadOnlySpan<byte> data)
    {
        var offset = 12;
        while (data.Length >= offset + 2)
        {
            var type = BinaryPrimitives.ReadUInt16BigEndian(data[offset..]);
            if (type != EtherTypeVlan)
            {
                return IsIp(type) ? offset + 2 : -1;
            }

            offset += 4;
        }

        return -1;
    }

    private static bool IsIp(ushort etherType) => etherType is EtherTypeIpv4 or EtherTypeIpv6;

    private static UdpDatagramView? ReadIpv4(ReadOnlySpan<byte> packet, CapturedFrame frame)
    {
        if (packet.Length < 20 || packet[9] != UdpProtocol)
        {
            return null;
        }

        var headerLength = (packet[0] & 0x0F) * 4;
        var fragment = BinaryPrimitives.ReadUInt16BigEndian(packet[6..]);
        if ((fragment & 0x3FFF) != 0)
        {
            return null; // a fragment: not a whole datagram
        }

        var total = Math.Min(packet.Length, BinaryPrimitives.ReadUInt16BigEndian(packet[2..]));
        return ReadUdp(packet[headerLength..total], new IPAddress(packet.Slice(12, 4)), new IPAddress(packet.Slice(16, 4)), frame);
    }

    private static UdpDatagramView? ReadIpv6(ReadOnlySpan<byte> packet, CapturedFrame frame)
    {
        if (packet.Length < 40 || packet[6] != UdpProtocol)
        {
            return null;
        }

        var end = Math.Min(packet.Length, 40 + BinaryPrimitives.ReadUInt16BigEndian(packet[4..]));
        return ReadUdp(packet[40..end], new IPAddress(packet.Slice(8, 16)), new IPAddress(packet.Slice(24, 16)), frame);
    }

    private static UdpDatagramView? ReadUdp(ReadOnlySpan<byte> udp, IPAddress from, IPAddress to, CapturedFrame frame)
    {
        if (udp.Length < 8)
        {
            return null;
        }

        var length = BinaryPrimitives.ReadUInt16BigEndian(udp[4..]);
        if (length < 8 || length > udp.Length)
        {
            return null; // truncated by the snapshot length
        }

        return new UdpDatagramView(
            new IPEndPoint(from, BinaryPrimitives.ReadUInt16BigEndian(udp)),
            new IPEndPoint(to, BinaryPrimitives.ReadUInt16BigEndian(udp[2..])),
            udp[8..length].ToArray(),
            frame.Time);
    }
}
