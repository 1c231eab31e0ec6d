namespace Harness.Runtime.Analysis.Dissection;

/// <summary>What a frame turned out to be, for the timeline's notes on what was not CoAP.</summary>
internal enum DissectOutcome
{
    /// <summary>A whole UDP datagram or TCP segment.</summary>
    Transport,

    /// <summary>A link type this reader does not know.</summary>
    UnknownLinkType,

    /// <summary>Not IP at the link layer (ARP, LLDP, ...).</summary>
    NotIp,

    /// <summary>IP carrying something else than UDP or TCP (ICMP, ...), or an extension header that cannot be walked.</summary>
    OtherIpProtocol,

    /// <summary>An IP fragment: skipped, not reassembled.</summary>
    Fragment,

    /// <summary>The frame was captured shorter than its headers or its datagram say.</summary>
    Truncated,

    /// <summary>Headers that contradict themselves (bad lengths, wrong version).</summary>
    Malformed,
}
