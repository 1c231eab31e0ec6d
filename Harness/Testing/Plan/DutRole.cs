namespace Harness.Testing.Plan;

/// <summary>What the DUT is; the harness plays its peers.</summary>
public enum DutRole
{
    Client,
    Server,
    BootstrapServer,
}
