namespace Harness.Testing.Plan;

/// <summary>Security modes of the Security object (/0/x/2) an ICS can declare.</summary>
public enum SecurityModeName
{
    NoSec,
    Psk,
    Rpk,
    Certificate,
    Est,
}
