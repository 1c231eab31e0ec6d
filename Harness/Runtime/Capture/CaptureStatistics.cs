namespace Harness.Runtime.Capture;

/// <summary>What a capture interface counted, written into the pcapng Interface Statistics Block.</summary>
/// <param name="Received">Packets the capture mechanism received (libpcap's ps_recv).</param>
/// <param name="Dropped">Packets dropped for lack of buffer space (libpcap's ps_drop plus ps_ifdrop).</param>
public readonly record struct CaptureStatistics(long Received, long Dropped);
