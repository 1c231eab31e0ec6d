using Harness.Runtime.Coap;

namespace Harness.Runtime.Peers.Client;

/// <summary>
/// When the client sends its periodic Update. The Update must reach the server before the lifetime runs out,
/// so it leaves a margin of the larger of MAX_TRANSMIT_WAIT (the longest a CON may take to be acknowledged,
/// RFC 7252 §4.8.2) and a tenth of the lifetime; for lifetimes too short for that margin (tests use a few
/// seconds) it updates at half the lifetime.
/// </summary>
public static class RegistrationTiming
{
    /// <summary>The least share of the lifetime kept as margin before expiry.</summary>
    public const double MarginFraction = 0.1;

    /// <summary>The earliest point of the lifetime at which the periodic Update is sent.</summary>
    public const double EarliestUpdateFraction = 0.5;

    /// <summary>With the late-update fault: the Update goes out this many lifetimes after the last registration traffic.</summary>
    public const double LateUpdateFactor = 1.5;

    /// <summary>Delay from a successful Register or Update to the next periodic Update.</summary>
    public static TimeSpan UpdateDelay(TimeSpan lifetime, CoapTransmissionSettings transmission)
    {
        ArgumentNullException.ThrowIfNull(transmission);
        var fractionMargin = lifetime * MarginFraction;
        var margin = transmission.MaxTransmitWait > fractionMargin ? transmission.MaxTransmitWait : fractionMargin;
        var earliest = lifetime * EarliestUpdateFraction;
        var delay = lifetime - margin;
        return delay < earliest ? earliest : delay;
    }

    /// <summary>The delay the late-update fault uses instead: well past the expiry.</summary>
    public static TimeSpan LateUpdateDelay(TimeSpan lifetime) => lifetime * LateUpdateFactor;
}
