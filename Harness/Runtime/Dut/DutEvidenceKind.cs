namespace Harness.Runtime.Dut;

/// <summary>What an evidence entry records.</summary>
public enum DutEvidenceKind
{
    /// <summary>A line the DUT printed on its standard output.</summary>
    StandardOutput,

    /// <summary>A line the DUT printed on its standard error.</summary>
    StandardError,

    /// <summary>A stimulus the harness sent, or asked the operator to apply.</summary>
    Stimulus,

    /// <summary>Start, stop, reset, exit, crash, hang.</summary>
    Lifecycle,

    /// <summary>A question or instruction shown to the operator.</summary>
    OperatorPrompt,

    /// <summary>The operator's answer, or the lack of one.</summary>
    OperatorAnswer,
}
