namespace Harness.Runtime.Peers.Client;

/// <summary>
/// Deviations a <see cref="DeviceManagementResponder"/> commits on purpose, so that the suite's own
/// checks can be shown to catch them. Each flag is one realistic fault; none is set normally.
/// </summary>
[Flags]
public enum DeviceManagementFaults
{
    None = 0,

    /// <summary>Reads and observations ignore Accept and always answer TLV labelled 11542 (OMA TS Core §6.3.1 broken).</summary>
    WrongReadContentFormat = 1,
}
