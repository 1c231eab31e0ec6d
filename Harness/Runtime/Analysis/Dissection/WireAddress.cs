using System.Buffers.Binary;
using System.Net;

namespace Harness.Runtime.Analysis.Dissection;

/// <summary>An IPv4 or IPv6 address as a value, so that endpoints can be keyed and compared without allocating.</summary>
internal readonly record struct WireAddress(UInt128 Bits, bool IsV6)
{
    public static WireAddress V4(ReadOnlySpan<byte> bytes) => new(BinaryPrimitives.ReadUInt32BigEndian(bytes), false);

    public static WireAddress V6(ReadOnlySpan<byte> bytes) => new(BinaryPrimitives.ReadUInt128BigEndian(bytes), true);

    public IPAddress ToIPAddress()
    {
        if (!IsV6)
        {
            Span<byte> four = stackalloc byte[4];
            BinaryPrimitives.WriteUInt32BigEndian(four, (uint)Bits);
            return new IPAddress(four);
        }

        Span<byte> sixteen = stackalloc byte[16];
        BinaryPrimitives.WriteUInt128BigEndian(sixteen, Bits);
        return new IPAddress(sixteen);
    }
}
