using System.Net;

namespace Harness.Runtime.Analysis;

/// <summary>One violation a wire rule found in a capture, pointing at the messages that show it.</summary>
public sealed record WireFinding
{
    /// <summary>The rule's id, e.g. "WIRE-ACK-MID".</summary>
    public required string RuleId { get; init; }

    /// <summary>The clause the rule enforces, e.g. "RFC 7252 §4.2".</summary>
    public required string Clause { get; init; }

    public required WireFindingSeverity Severity { get; init; }

    /// <summary>What is wrong, in one sentence that names the messages (frame numbers) and values involved.</summary>
    public required string Description { get; init; }

    /// <summary>Timeline indexes of the messages that show the violation, the offending one first.</summary>
    public IReadOnlyList<int> MessageIndexes { get; init; } = [];

    /// <summary>The endpoint whose behaviour is at fault (the sender of the offending message).</summary>
    public IPEndPoint? Culprit { get; init; }

    /// <summary>What the rule expected, as text.</summary>
    public string? Expected { get; init; }

    /// <summary>What the capture shows, as text.</summary>
    public string? Actual { get; init; }
}
