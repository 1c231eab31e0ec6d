namespace Harness.Runtime.Analysis;

/// <summary>
/// Every CoAP message of a capture in capture order, plus what could not be turned into messages (frames of other
/// protocols, truncated frames, TCP gaps), so that a report can say what the analysis did not see.
/// </summary>
public sealed class WireTimeline
{
    public WireTimeline(IReadOnlyList<WireMessage> messages, long frameCount, IReadOnlyList<string>? notes = null)
    {
        ArgumentNullException.ThrowIfNull(messages);
        Messages = messages;
        FrameCount = frameCount;
        Notes = notes ?? [];
    }

    /// <summary>CoAP messages in capture order; <see cref="WireMessage.Index"/> is the position here.</summary>
    public IReadOnlyList<WireMessage> Messages { get; }

    /// <summary>Frames in the capture, CoAP or not.</summary>
    public long FrameCount { get; }

    /// <summary>What the reader skipped or could not reassemble, one line each.</summary>
    public IReadOnlyList<string> Notes { get; }
}
