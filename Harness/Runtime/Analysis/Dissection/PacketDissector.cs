using System.Buffers.Binary;
using Harness.Runtime.Capture;

namespace Harness.Runtime.Analysis.Dissection;

/// <summary>
/// From a link-layer frame to its UDP datagram or TCP segment: IPv4 with options, IPv6 with the extension
/// headers that can be walked (hop-by-hop, routing, destination options, fragment, AH). IP fragments are
/// skipped rather than reassembled: CoAP keeps its messages within one datagram, and the loopback MTU never
/// fragments them. Checksums are not verified (captures of outgoing traffic carry offloaded, unset checksums).
/// </summary>
internal static class PacketDissector
{
    private const byte ProtocolTcp = 6;
    private const byte ProtocolUdp = 17;

    public static DissectOutcome Dissect(ReadOnlyMemory<byte> frame, PcapLinkType linkType, out TransportPacket packet)
    {
        packet = default;
        if (!LinkLayer.TryGetIpPacket(frame, linkType, out var ip, out var failure))
        {
            return failure;
        }

        if (ip.IsEmpty)
        {
            return DissectOutcome.Truncated;
        }

        return (ip.Span[0] >> 4) switch
        {
            4 => Ipv4(ip, out packet),
            6 => Ipv6(ip, out packet),
            _ => DissectOutcome.Malformed,
        };
    }

    private static DissectOutcome Ipv4(ReadOnlyMemory<byte> ip, out TransportPacket packet)
    {
        packet = default;
        var span = ip.Span;
        if (span.Length < 20)
        {
            return DissectOutcome.Truncated;
        }

        int headerLength = (span[0] & 0x0F) * 4;
        int totalLength = BinaryPrimitives.ReadUInt16BigEndian(span[2..]);
        if (headerLength < 20 || totalLength < headerLength)
        {
            // A total length of 0 is what TCP segmentation offload leaves in captures of outgoing segments.
            if (totalLength != 0 || headerLength < 20)
            {
                return DissectOutcome.Malformed;
            }

            totalLength = span.Length;
        }

        if (span.Length < totalLength)
        {
            return DissectOutcome.Truncated;
        }

        ushort fragment = BinaryPrimitives.ReadUInt16BigEndian(span[6..]);
        if ((fragment & 0x3FFF) != 0) // more-fragments flag or a non-zero offset
        {
            return DissectOutcome.Fragment;
        }

        var source = WireAddress.V4(span[12..]);
        var destination = WireAddress.V4(span[16..]);
        return Transport(span[9], source, destination, ip[headerLength..totalLength], out packet);
    }

    private static DissectOutcome Ipv6(ReadOnlyMemory<byte> ip, out TransportPacket packet)
    {
        packet = default;
        var span = ip.Span;
        if (span.Length < 40)
        {
            return DissectOutcome.Truncated;
        }

        int payloadLength = BinaryPrimitives.ReadUInt16BigEndian(span[4..]);
        if (span.Length < 40 + payloadLength)
        {
            return DissectOutcome.Truncated;
        }

        int end = payloadLength == 0 ? span.Length : 40 + payloadLength; // 0: jumbogram or offload; take what was captured
        byte next = span[6];
        int at = 40;
        while (true)
        {
            switch (next)
            {
                case ProtocolTcp or ProtocolUdp:
                    return Transport(next, WireAddress.V6(span[8..]), WireAddress.V6(span[24..]), ip[at..end], out packet);
                case 0 or 43 or 60: // hop-by-hop, routing, destination options: 8-byte units after the first 8
                case 51: // authentication header: 4-byte units plus 2
                    if (end < at + 2)
                    {
                        return DissectOutcome.Truncated;
                    }

                    int length = next == 51 ? (span[at + 1] + 2) * 4 : (span[at + 1] + 1) * 8;
                    next = span[at];
                    at += length;
                    break;
                case 44: // fragment header
                    if (end < at + 8)
                    {
                        return DissectOutcome.Truncated;
                    }

                    if ((BinaryPrimitives.ReadUInt16BigEndian(span[(at + 2)..]) & 0xFFF9) != 0)
                    {
                        return DissectOutcome.Fragment;
                    }

                    next = span[at];
                    at += 8; // an atomic fragment (offset 0, no more fragments) is a whole packet
                    break;
                default:
                    return DissectOutcome.OtherIpProtocol;
            }

            if (at > end)
            {
                return DissectOutcome.Truncated;
            }
        }
    }

    private static DissectOutcome Transport(byte protocol, WireAddress source, WireAddress destination, ReadOnlyMemory<byte> segment, out TransportPacket packet)
    {
        packet = default;
        var span = segment.Span;
        if (protocol == ProtocolUdp)
        {
            if (span.Length < 8)
            {
                return DissectOutcome.Truncated;
            }

            int length = BinaryPrimitives.ReadUInt16BigEndian(span[4..]);
            if (length == 0 && span.Length > ushort.MaxValue)
            {
                length = span.Length; // IPv6 jumbogram
            }

            if (length < 8)
            {
                return DissectOutcome.Malformed;
            }

            if (length > span.Length)
            {
                return DissectOutcome.Truncated;
            }

            packet = new TransportPacket(TransportProtocol.Udp, source, destination,
                BinaryPrimitives.ReadUInt16BigEndian(span), BinaryPrimitives.ReadUInt16BigEndian(span[2..]), segment[8..length]);
            return DissectOutcome.Transport;
        }

        if (protocol != ProtocolTcp)
        {
            return DissectOutcome.OtherIpProtocol;
        }

        if (span.Length < 20)
        {
            return DissectOutcome.Truncated;
        }

        int offset = (span[12] >> 4) * 4;
        if (offset < 20)
        {
            return DissectOutcome.Malformed;
        }

        if (offset > span.Length)
        {
            return DissectOutcome.Truncated;
        }

        packet = new TransportPacket(TransportProtocol.Tcp, source, destination,
            BinaryPrimitives.ReadUInt16BigEndian(span), BinaryPrimitives.ReadUInt16BigEndian(span[2..]), segment[offset..],
            BinaryPrimitives.ReadUInt32BigEndian(span[4..]), span[13]);
        return DissectOutcome.Transport;
    }
}
