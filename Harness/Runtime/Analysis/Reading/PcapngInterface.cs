using Harness.Runtime.Capture;

namespace Harness.Runtime.Analysis.Reading;

/// <summary>What an Interface Description Block says about the frames that name it.</summary>
internal readonly record struct PcapngInterface(PcapLinkType LinkType, uint SnapshotLength, CaptureTimestamp Timestamp);
