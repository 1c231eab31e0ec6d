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

    /// <summary>Observations are accepted and answered, but no notification ever follows (OMA TS Core §6.4.2 broken).</summary>
    NoNotifications = 2,

    /// <summary>A Write (replace) of an instance merges like a partial update, leaving resources that were not given (§6.3.3 broken).</summary>
    ReplaceAsPartialUpdate = 4,

    /// <summary>A Read of the Device object instance /3/0 leaves out resource 16, Supported Binding and Modes, in every format.</summary>
    IncompleteDeviceInstance = 8,
}
