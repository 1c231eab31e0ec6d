namespace Harness.Testing.Traceability;

/// <summary>What a requirement link points at.</summary>
public enum LinkKind
{
    /// <summary>An ETS test case that exercises the requirement.</summary>
    Ets,

    /// <summary>A static conformance item that states the same capability.</summary>
    Scr,

    /// <summary>A TS clause that specifies the behaviour.</summary>
    Clause,
}
