using System.Net;

namespace Harness.Runtime.Capture;

/// <summary>One UDP datagram as one side saw it: who sent it to whom, its payload and when.</summary>
/// <param name="Source">The sender.</param>
/// <param name="Destination">The receiver.</param>
/// <param name="Payload">The UDP payload.</param>
/// <param name="Time">When it was sent or received (UTC).</param>
public sealed record UdpDatagramView(IPEndPoint Source, IPEndPoint Destination, ReadOnlyMemory<byte> Payload, DateTimeOffset Time);
