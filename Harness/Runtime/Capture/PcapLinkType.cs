namespace Harness.Runtime.Capture;

/// <summary>The tcpdump.org LINKTYPE values this project writes or reads: what the first bytes of a captured frame are.</summary>
public enum PcapLinkType : ushort
{
    /// <summary>BSD loopback: a 4-byte address family in host order, then the IP packet.</summary>
    Null = 0,

    /// <summary>Ethernet II.</summary>
    Ethernet = 1,

    /// <summary>A bare IPv4 or IPv6 packet (the version nibble says which); what the in-process tap writes.</summary>
    Raw = 101,

    /// <summary>Linux cooked capture v1 (16-byte header), what libpcap gives for the "any" device.</summary>
    LinuxSll = 113,

    /// <summary>A bare IPv4 packet.</summary>
    Ipv4 = 228,

    /// <summary>A bare IPv6 packet.</summary>
    Ipv6 = 229,

    /// <summary>Linux cooked capture v2 (20-byte header).</summary>
    LinuxSll2 = 276,
}
