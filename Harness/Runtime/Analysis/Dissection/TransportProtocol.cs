namespace Harness.Runtime.Analysis.Dissection;

/// <summary>The transport a dissected packet carries.</summary>
internal enum TransportProtocol : byte
{
    Udp,
    Tcp,
}
