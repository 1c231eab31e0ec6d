namespace Harness.Runtime.Dut;

/// <summary>How an action on the DUT (start, stop, reset, stimulus) ended.</summary>
public enum DutActionStatus
{
    /// <summary>The adapter did it, or the operator confirmed it was done.</summary>
    Done,

    /// <summary>The adapter cannot do it (no console line for the stimulus, attach mode without operator...).</summary>
    Refused,

    /// <summary>The operator did not answer within the deadline.</summary>
    NoAnswer,
}
