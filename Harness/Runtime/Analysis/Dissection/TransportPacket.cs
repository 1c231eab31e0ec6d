namespace Harness.Runtime.Analysis.Dissection;

/// <summary>A UDP datagram or TCP segment found in a frame: addresses, ports, the TCP header fields reassembly needs, and the payload (a slice of the frame).</summary>
internal readonly record struct TransportPacket(
    TransportProtocol Protocol,
    WireAddress Source,
    WireAddress Destination,
    ushort SourcePort,
    ushort DestinationPort,
    ReadOnlyMemory<byte> Payload,
    uint Sequence = 0,
    byte TcpFlags = 0)
{
    public const byte Fin = 0x01;
    public const byte Syn = 0x02;
    public const byte Rst = 0x04;

    public bool HasFlag(byte flag) => (TcpFlags & flag) != 0;
}
