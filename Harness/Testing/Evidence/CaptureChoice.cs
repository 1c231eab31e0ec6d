namespace Harness.Testing.Evidence;

/// <summary>How a run asks for its captures (test parameter capture, environment variable LWM2M_CAPTURE, CLI --capture).</summary>
public enum CaptureChoice
{
    /// <summary>Live capture when possible, else the in-process tap with the reason (the default).</summary>
    Auto,

    /// <summary>Live capture only: a test that cannot capture live ends in Error.</summary>
    Live,

    /// <summary>The in-process tap, even where live capture would work.</summary>
    Tap,

    /// <summary>No capture (no pcapng, no wire analysis).</summary>
    Off,
}
