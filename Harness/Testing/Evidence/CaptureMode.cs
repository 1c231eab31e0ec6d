namespace Harness.Testing.Evidence;

/// <summary>How a test's traffic was recorded.</summary>
public enum CaptureMode
{
    /// <summary>Not recorded (capture switched off).</summary>
    None,

    /// <summary>libpcap on the interface carrying the traffic: what really crossed it.</summary>
    Live,

    /// <summary>The harness's own socket view written as pcapng, because live capture was unavailable (the reason is in <see cref="TestEvidence.CaptureNote"/>).</summary>
    Tap,
}
