namespace Harness.Runtime.Coap;

/// <summary>
/// CoAP transmission parameters (RFC 7252 §4.8) and the time values derived from them (§4.8.2).
/// Every deadline of the UDP endpoint comes from here, so a test that shrinks ACK_TIMEOUT shrinks
/// all its waits consistently. Defaults are the RFC's.
/// </summary>
public sealed record CoapTransmissionSettings
{
    /// <summary>Upper bound on MAX_RETRANSMIT so that 2^(MAX_RETRANSMIT+1) stays exact in a double.</summary>
    public const int MaxRetransmitLimit = 20;

    public static CoapTransmissionSettings Default { get; } = new();

    public TimeSpan AckTimeout { get; init; } = TimeSpan.FromSeconds(2);

    public double AckRandomFactor { get; init; } = 1.5;

    public int MaxRetransmit { get; init; } = 4;

    public int NStart { get; init; } = 1;

    public TimeSpan DefaultLeisure { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Average data rate towards a peer that does not answer, in bytes per second.</summary>
    public double ProbingRate { get; init; } = 1.0;

    /// <summary>Assumed worst-case time a datagram spends in the network (§4.8.2).</summary>
    public TimeSpan MaxLatency { get; init; } = TimeSpan.FromSeconds(100);

    /// <summary>First transmission to last retransmission of a CON: ACK_TIMEOUT × (2^MAX_RETRANSMIT − 1) × ACK_RANDOM_FACTOR.</summary>
    public TimeSpan MaxTransmitSpan => AckTimeout * ((Math.Pow(2, MaxRetransmit) - 1) * AckRandomFactor);

    /// <summary>First transmission of a CON to giving up on its ACK: ACK_TIMEOUT × (2^(MAX_RETRANSMIT+1) − 1) × ACK_RANDOM_FACTOR.</summary>
    public TimeSpan MaxTransmitWait => AckTimeout * ((Math.Pow(2, MaxRetransmit + 1) - 1) * AckRandomFactor);

    /// <summary>Time a node takes to turn a CON into its ACK; the RFC sets it to ACK_TIMEOUT.</summary>
    public TimeSpan ProcessingDelay => AckTimeout;

    /// <summary>2 × MAX_LATENCY + PROCESSING_DELAY.</summary>
    public TimeSpan MaxRtt => (2 * MaxLatency) + ProcessingDelay;

    /// <summary>How long a CON's message id must not be reused and its duplicates recognized: MAX_TRANSMIT_SPAN + 2 × MAX_LATENCY + PROCESSING_DELAY.</summary>
    public TimeSpan ExchangeLifetime => MaxTransmitSpan + (2 * MaxLatency) + ProcessingDelay;

    /// <summary>The same for a NON: MAX_TRANSMIT_SPAN + MAX_LATENCY.</summary>
    public TimeSpan NonLifetime => MaxTransmitSpan + MaxLatency;

    /// <summary>Longest initial retransmission timeout: ACK_TIMEOUT × ACK_RANDOM_FACTOR.</summary>
    public TimeSpan MaxInitialTimeout => AckTimeout * AckRandomFactor;

    /// <summary>
    /// Initial timeout for a new CON, uniformly in [ACK_TIMEOUT, ACK_TIMEOUT × ACK_RANDOM_FACTOR]
    /// (§4.2); <paramref name="unitSample"/> is a random number in [0, 1].
    /// </summary>
    public TimeSpan InitialTimeout(double unitSample) =>
        AckTimeout * (1 + (Math.Clamp(unitSample, 0, 1) * (AckRandomFactor - 1)));

    /// <summary>Every rule this instance breaks; empty when usable.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (AckTimeout <= TimeSpan.Zero)
        {
            problems.Add($"ACK_TIMEOUT must be positive, was {AckTimeout}");
        }

        if (double.IsNaN(AckRandomFactor) || AckRandomFactor < 1.0 || double.IsInfinity(AckRandomFactor))
        {
            problems.Add($"ACK_RANDOM_FACTOR must be a finite number of at least 1.0 (RFC 7252 §4.8.1), was {AckRandomFactor}");
        }

        if (MaxRetransmit is < 0 or > MaxRetransmitLimit)
        {
            problems.Add($"MAX_RETRANSMIT must be 0..{MaxRetransmitLimit}, was {MaxRetransmit}");
        }

        if (NStart < 1)
        {
            problems.Add($"NSTART must be at least 1, was {NStart}");
        }

        if (DefaultLeisure < TimeSpan.Zero)
        {
            problems.Add($"DEFAULT_LEISURE must not be negative, was {DefaultLeisure}");
        }

        if (double.IsNaN(ProbingRate) || ProbingRate <= 0 || double.IsInfinity(ProbingRate))
        {
            problems.Add($"PROBING_RATE must be a positive finite number of bytes per second, was {ProbingRate}");
        }

        if (MaxLatency < TimeSpan.Zero)
        {
            problems.Add($"MAX_LATENCY must not be negative, was {MaxLatency}");
        }

        return problems;
    }

    /// <summary>Throws naming every broken rule; returns this for chaining.</summary>
    public CoapTransmissionSettings Validate()
    {
        var problems = Problems();
        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid CoAP transmission settings: " + string.Join("; ", problems));
        }

        return this;
    }
}
