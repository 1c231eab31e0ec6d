namespace Harness.Runtime.Dut;

/// <summary>Whether the operator answered in time.</summary>
public enum OperatorAnswerStatus
{
    /// <summary>A valid answer came within the deadline.</summary>
    Answered,

    /// <summary>No valid answer within the deadline, or the console was closed.</summary>
    NoAnswer,
}
