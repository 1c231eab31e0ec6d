using Harness.Runtime.Coap;

namespace Harness.Tests.Interop;

internal static class InteropSettings
{
    /// <summary>
    /// A shorter ACK_TIMEOUT than the RFC's 2 s so that a peer still starting up is retried soon;
    /// MAX_TRANSMIT_WAIT is then 0.3 × 31 × 1.5 ≈ 14 s, ample for a process start on a loaded machine.
    /// </summary>
    public static CoapUdpEndpointOptions Client => new() { Settings = new CoapTransmissionSettings { AckTimeout = TimeSpan.FromMilliseconds(300) } };

    /// <summary>Long enough for a loaded 2-core machine; only reached when something is broken.</summary>
    public static readonly TimeSpan MustHappenWithin = TimeSpan.FromSeconds(15);

    public static readonly TimeSpan ProcessDeadline = TimeSpan.FromSeconds(30);
}
