using System.Buffers.Binary;
using Harness.Runtime.Capture;

namespace Harness.Runtime.Analysis.Dissection;

/// <summary>Strips the link-layer header of a frame and says which IP version follows (4, 6, or 0 for neither).</summary>
internal static class LinkLayer
{
    private const ushort EtherTypeIpv4 = 0x0800;
    private const ushort EtherTypeIpv6 = 0x86DD;
    private const ushort EtherTypeVlan = 0x8100;
    private const ushort EtherTypeQinQ = 0x88A8;

    /// <summary>The IP packet inside the frame; false with the reason when there is none.</summary>
    public static bool TryGetIpPacket(ReadOnlyMemory<byte> frame, PcapLinkType linkType, out ReadOnlyMemory<byte> packet, out DissectOutcome failure)
    {
        var span = frame.Span;
        packet = default;
        failure = DissectOutcome.Truncated;
        switch (linkType)
        {
            case PcapLinkType.Raw:
            case PcapLinkType.Ipv4:
            case PcapLinkType.Ipv6:
                packet = frame;
                return true;
            case PcapLinkType.Null:
                if (span.Length < 4)
                {
                    return false;
                }

                // The family is in the byte order of the capturing host: a value above 0xFFFF was read in the wrong one.
                uint family = BinaryPrimitives.ReadUInt32LittleEndian(span);
                if (family > 0xFFFF)
                {
                    family = BinaryPrimitives.ReadUInt32BigEndian(span);
                }

                packet = frame[4..];
                return IsIpFamily(family, out failure);
            case PcapLinkType.Ethernet:
                return Ethernet(frame, out packet, out failure);
            case PcapLinkType.LinuxSll:
                if (span.Length < 16)
                {
                    return false;
                }

                packet = frame[16..];
                return IsIpEtherType(BinaryPrimitives.ReadUInt16BigEndian(span[14..]), out failure);
            case PcapLinkType.LinuxSll2:
                if (span.Length < 20)
                {
                    return false;
                }

                packet = frame[20..];
                return IsIpEtherType(BinaryPrimitives.ReadUInt16BigEndian(span), out failure);
            default:
                failure = DissectOutcome.UnknownLinkType;
                return false;
        }
    }

    private static bool Ethernet(ReadOnlyMemory<byte> frame, out ReadOnlyMemory<byte> packet, out DissectOutcome failure)
    {
        var span = frame.Span;
        packet = default;
        failure = DissectOutcome.Truncated;
        int typeAt = 12;
        if (span.Length < typeAt + 2)
        {
            return false;
        }

        ushort etherType = BinaryPrimitives.ReadUInt16BigEndian(span[typeAt..]);
        for (int tags = 0; tags < 2 && etherType is EtherTypeVlan or EtherTypeQinQ; tags++)
        {
            typeAt += 4; // 802.1Q / 802.1ad tag: TPID then TCI, then the inner type
            if (span.Length < typeAt + 2)
            {
                return false;
            }

            etherType = BinaryPrimitives.ReadUInt16BigEndian(span[typeAt..]);
        }

        packet = frame[(typeAt + 2)..];
        return IsIpEtherType(etherType, out failure);
    }

    private static bool IsIpEtherType(ushort etherType, out DissectOutcome failure)
    {
        failure = etherType is EtherTypeIpv4 or EtherTypeIpv6 ? DissectOutcome.Transport : DissectOutcome.NotIp;
        return failure == DissectOutcome.Transport;
    }

    // LINKTYPE_NULL: AF_INET is 2; AF_INET6 is 24 (NetBSD, OpenBSD), 28 (FreeBSD) or 30 (macOS).
    private static bool IsIpFamily(uint family, out DissectOutcome failure)
    {
        failure = family is 2 or 24 or 28 or 30 ? DissectOutcome.Transport : DissectOutcome.NotIp;
        return failure == DissectOutcome.Transport;
    }
}
