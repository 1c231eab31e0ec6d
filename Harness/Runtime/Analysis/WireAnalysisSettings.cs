using System.Net;
using Harness.Runtime.Coap;

namespace Harness.Runtime.Analysis;

/// <summary>What the analyzer needs to know beyond the capture: the transmission parameters the peers were configured with, whose messages are judged, and the named tolerances.</summary>
public sealed record WireAnalysisSettings
{
    public static WireAnalysisSettings Default { get; } = new();

    /// <summary>The RFC 7252 §4.8 parameters the DUT was configured with (retransmission spacing and count are judged against them).</summary>
    public CoapTransmissionSettings Transmission { get; init; } = CoapTransmissionSettings.Default;

    /// <summary>
    /// Endpoints of the harness: their own messages are never at fault (a negative test sends broken messages on purpose).
    /// Empty: every endpoint in the capture is judged (a lab's capture where no side is ours).
    /// </summary>
    public IReadOnlySet<IPEndPoint> HarnessEndpoints { get; init; } = new HashSet<IPEndPoint>();

    /// <summary>
    /// Slack allowed on every timing judgement for the capture's own timestamping and the scheduling of both hosts
    /// (retransmission earlier than the RFC's lower bound by less than this is not a violation). 20 ms by default: far
    /// below ACK_TIMEOUT even in the suite's shortened plans, far above loopback jitter.
    /// </summary>
    public TimeSpan TimingTolerance { get; init; } = TimeSpan.FromMilliseconds(20);

    /// <summary>Whether a message sent by <paramref name="sender"/> may be judged.</summary>
    public bool IsJudged(IPEndPoint sender) => HarnessEndpoints.Count == 0 || !HarnessEndpoints.Contains(sender);
}
