using Harness.Runtime.Coap;
using Harness.Testing.Plan;

namespace Harness.Testing.Suite;

/// <summary>
/// Every deadline a test case waits with, derived from the plan's IXIT: the CoAP transmission parameters
/// (RFC 7252 §4.8), the adapter's start timeout, the ETS lifetimes and the named timing tolerance.
/// </summary>
public sealed class SuiteTimings
{
    private readonly IxitSettings ixit;

    public SuiteTimings(IxitSettings ixit, AdapterSettings adapter)
    {
        ArgumentNullException.ThrowIfNull(ixit);
        ArgumentNullException.ThrowIfNull(adapter);
        this.ixit = ixit;
        var transmission = ixit.Transmission;
        Transmission = new CoapTransmissionSettings
        {
            AckTimeout = TimeSpan.FromSeconds(transmission.AckTimeoutSeconds),
            AckRandomFactor = transmission.AckRandomFactor,
            MaxRetransmit = transmission.MaxRetransmit,
            NStart = transmission.Nstart,
        };
        StartTimeout = TimeSpan.FromSeconds(adapter.StartTimeoutSeconds);
        StopTimeout = TimeSpan.FromSeconds(adapter.StopTimeoutSeconds);
    }

    /// <summary>The transmission parameters both the harness and the DUT use.</summary>
    public CoapTransmissionSettings Transmission { get; }

    /// <summary>How long the DUT may take to start (ixit adapter startTimeoutSeconds).</summary>
    public TimeSpan StartTimeout { get; }

    /// <summary>How long each polite step of stopping the DUT may take (adapter stopTimeoutSeconds).</summary>
    public TimeSpan StopTimeout { get; }

    /// <summary>
    /// The named timing tolerance: how late an awaited event may be beyond the interval the spec gives,
    /// ixit.tolerances.timingMilliseconds plus timingPercent of that interval (scheduling and loopback
    /// delays on a shared machine, a DUT's timer granularity).
    /// </summary>
    public TimeSpan Tolerance(TimeSpan expected) =>
        TimeSpan.FromMilliseconds(ixit.Tolerances.TimingMilliseconds) + (expected * (ixit.Tolerances.TimingPercent / 100));

    /// <summary>
    /// How long a request the DUT sends in reaction to something may take to arrive: MAX_TRANSMIT_WAIT
    /// (the span a confirmable message may take with all its retransmissions) plus the tolerance.
    /// </summary>
    public TimeSpan Exchange => Transmission.MaxTransmitWait + Tolerance(Transmission.MaxTransmitWait);

    /// <summary>How long the first Register may take after the DUT is started: its start timeout plus <see cref="Exchange"/>.</summary>
    public TimeSpan Registration => StartTimeout + Exchange;

    /// <summary>
    /// How long a queue-mode DUT counts as awake after its last uplink: MAX_TRANSMIT_WAIT
    /// (OMA TS Transport, Queue Mode), passed to the DUT as {awakeMs}.
    /// </summary>
    public TimeSpan AwakeWindow => Transmission.MaxTransmitWait;

    /// <summary>The latest an Update may arrive when the registration has <paramref name="lifetime"/>: the lifetime plus the tolerance.</summary>
    public TimeSpan UpdateWithin(TimeSpan lifetime) => lifetime + Tolerance(lifetime);

    /// <summary>The lifetime every test configures the DUT with unless it needs another (ixit.lifetimeSeconds).</summary>
    public TimeSpan Lifetime => TimeSpan.FromSeconds(ixit.LifetimeSeconds);

    /// <summary>int-102, int-104: the lifetime written to /1/0/1 (ETS 20 s).</summary>
    public TimeSpan ShortLifetime => TimeSpan.FromSeconds(ixit.Ets.ShortLifetimeSeconds);

    /// <summary>int-107: the lifetime registered with before it is extended (ETS 60 s).</summary>
    public TimeSpan InitialLifetime => TimeSpan.FromSeconds(ixit.Ets.InitialLifetimeSeconds);

    /// <summary>int-107: the extended lifetime (ETS 120 s).</summary>
    public TimeSpan ExtendedLifetime => TimeSpan.FromSeconds(ixit.Ets.ExtendedLifetimeSeconds);

    /// <summary>int-109: the lifetime written to a queue-mode DUT (ETS 240 s).</summary>
    public TimeSpan QueueModeLifetime => TimeSpan.FromSeconds(ixit.Ets.QueueModeLifetimeSeconds);
}
