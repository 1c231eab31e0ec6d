namespace Harness.Testing.Plan;

/// <summary>
/// The placeholders a process adapter's command template may use. Besides the addresses and identity of
/// the test, each test fills in <c>binding</c> (the binding letters it wants the DUT to register with,
/// e.g. U), <c>ackTimeoutMs</c> (ixit.transmission.ackTimeoutSeconds in milliseconds) and <c>awakeMs</c>
/// (how long a queue-mode DUT stays awake after an uplink: MAX_TRANSMIT_WAIT of the IXIT transmission).
/// </summary>
public static class CommandPlaceholders
{
    public static IReadOnlyList<string> All { get; } =
    [
        "harnessBin", "planDir", "serverUri", "bootstrapUri", "serverHost", "serverPort", "bootstrapPort",
        "endpoint", "lifetime", "pskIdentity", "pskKey", "binding", "ackTimeoutMs", "awakeMs",
    ];
}
