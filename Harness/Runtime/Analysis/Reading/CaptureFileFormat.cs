namespace Harness.Runtime.Analysis.Reading;

/// <summary>The container format of a capture file, recognised by its first four bytes.</summary>
public enum CaptureFileFormat
{
    /// <summary>libpcap: magic a1b2c3d4 (microseconds) or a1b23c4d (nanoseconds), in either byte order.</summary>
    Pcap,

    /// <summary>pcapng: a Section Header Block first.</summary>
    Pcapng,
}
