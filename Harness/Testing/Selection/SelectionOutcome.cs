namespace Harness.Testing.Selection;

/// <summary>Whether a test case runs under a plan, and if not, which kind of reason stops it.</summary>
public enum SelectionOutcome
{
    /// <summary>The test case runs.</summary>
    Run,

    /// <summary>The plan's selection rules leave it out.</summary>
    Excluded,

    /// <summary>It is written for LwM2M versions other than the DUT's.</summary>
    OutsideVersionRange,

    /// <summary>The ICS (or the DUT's role) says the DUT does not support what it needs.</summary>
    NotApplicable,

    /// <summary>Its metadata is malformed; it cannot run until fixed.</summary>
    NotRunnable,
}
