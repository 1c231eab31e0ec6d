using System.Buffers.Binary;

namespace Harness.Tests.Runtime.Analysis.Support;

/// <summary>Wraps an IP packet in the link-layer headers the reader must strip.</summary>
internal static class LinkFrames
{
    public static byte[] Ethernet(ReadOnlySpan<byte> ip, ushort? vlan = null)
    {
        bool v6 = ip[0] >> 4 == 6;
        int header = vlan is null ? 14 : 18;
        var frame = new byte[header + ip.Length];
        frame.AsSpan(0, 6).Fill(0x02); // locally administered MACs
        frame.AsSpan(6, 6).Fill(0x04);
        int typeAt = 12;
        if (vlan is { } id)
        {
            BinaryPrimitives.WriteUInt16BigEndian(frame.AsSpan(12), 0x8100);
            BinaryPrimitives.WriteUInt16BigEndian(frame.AsSpan(14), id);
            typeAt = 16;
        }

        BinaryPrimitives.WriteUInt16BigEndian(frame.AsSpan(typeAt), v6 ? (ushort)0x86DD : (ushort)0x0800);
        ip.CopyTo(frame.AsSpan(header));
        return frame;
    }

    /// <summary>BSD loopback: the address family in the capturing host's byte order.</summary>
    public static byte[] Null(ReadOnlySpan<byte> ip, bool bigEndian, uint family)
    {
        var frame = new byte[4 + ip.Length];
        if (bigEndian)
        {
            BinaryPrimitives.WriteUInt32BigEndian(frame, family);
        }
        else
        {
            BinaryPrimitives.WriteUInt32LittleEndian(frame, family);
        }

        ip.CopyTo(frame.AsSpan(4));
        return frame;
    }

    /// <summary>Linux cooked v1: packet type, ARPHRD, address length, 8 address bytes, protocol.</summary>
    public static byte[] LinuxSll(ReadOnlySpan<byte> ip)
    {
        var frame = new byte[16 + ip.Length];
        BinaryPrimitives.WriteUInt16BigEndian(frame.AsSpan(2), 772); // ARPHRD_LOOPBACK
        BinaryPrimitives.WriteUInt16BigEndian(frame.AsSpan(4), 6);
        BinaryPrimitives.WriteUInt16BigEndian(frame.AsSpan(14), ip[0] >> 4 == 6 ? (ushort)0x86DD : (ushort)0x0800);
        ip.CopyTo(frame.AsSpan(16));
        return frame;
    }

    /// <summary>Linux cooked v2: protocol first, then reserved, interface index, ARPHRD, packet type, address.</summary>
    public static byte[] LinuxSll2(ReadOnlySpan<byte> ip)
    {
        var frame = new byte[20 + ip.Length];
        BinaryPrimitives.WriteUInt16BigEndian(frame, ip[0] >> 4 == 6 ? (ushort)0x86DD : (ushort)0x0800);
        BinaryPrimitives.WriteUInt32BigEndian(frame.AsSpan(4), 1);
        BinaryPrimitives.WriteUInt16BigEndian(frame.AsSpan(8), 772);
        frame[11] = 6;
        ip.CopyTo(frame.AsSpan(20));
        return frame;
    }
}
