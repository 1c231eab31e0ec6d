namespace Harness.Testing.Plan;

/// <summary>How the harness drives the DUT.</summary>
public enum AdapterKind
{
    /// <summary>The harness starts the DUT from a command and talks to its console.</summary>
    Process,

    /// <summary>A person in the lab performs stimuli when prompted.</summary>
    Operator,

    /// <summary>The DUT is already running; the harness only connects.</summary>
    Attach,
}
