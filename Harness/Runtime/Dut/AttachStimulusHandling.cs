namespace Harness.Runtime.Dut;

/// <summary>What the attach adapter does with a stimulus, having no console of its own on the DUT.</summary>
public enum AttachStimulusHandling
{
    /// <summary>Refuse it with a message saying why; the test decides what that means.</summary>
    Refuse,

    /// <summary>Ask the lab operator to apply it.</summary>
    AskOperator,
}
