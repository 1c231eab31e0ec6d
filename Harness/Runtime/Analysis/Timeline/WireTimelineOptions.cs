namespace Harness.Runtime.Analysis.Timeline;

/// <summary>Which traffic of a capture the timeline treats as CoAP, and the bounds of TCP reassembly.</summary>
public sealed record WireTimelineOptions
{
    /// <summary>The IANA ports of CoAP (5683) and CoAP over DTLS or TLS (5684): always CoAP.</summary>
    public static IReadOnlySet<int> DefaultPorts { get; } = new HashSet<int> { 5683, 5684 };

    public static WireTimelineOptions Default { get; } = new();

    /// <summary>More ports whose UDP and TCP traffic is CoAP (the harness binds random ports and passes them here).</summary>
    public IReadOnlySet<int> CoapPorts { get; init; } = new HashSet<int>();

    /// <summary>
    /// Also take any UDP payload on other ports that looks like CoAP: version 1, strictly valid, a registered code,
    /// only registered options, and neither port one of a well-known other UDP protocol (DNS, mDNS, NTP, DHCP,
    /// SNMP, SSDP, ...). A DNS message that happens to start with version bits 01 fails on its option bytes.
    /// </summary>
    public bool DetectCoapOnAnyUdpPort { get; init; }

    /// <summary>Out-of-order TCP bytes buffered per direction while waiting for a missing segment; beyond it the gap is given up and noted.</summary>
    public int MaxOutOfOrderBytes { get; init; } = 1024 * 1024;

    /// <summary>Whether <paramref name="port"/> carries CoAP by default or by <see cref="CoapPorts"/>.</summary>
    public bool IsCoapPort(int port) => port is 5683 or 5684 || CoapPorts.Contains(port);
}
