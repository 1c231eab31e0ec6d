namespace Harness.Testing.Plan;

/// <summary>CoAP transmission parameters (RFC 7252 §4.8) the DUT uses; defaults are the RFC's.</summary>
public sealed class TransmissionSettings
{
    [PlanRange(0.1, 60)]
    public double AckTimeoutSeconds { get; init; } = 2;

    [PlanRange(1, 10)]
    public double AckRandomFactor { get; init; } = 1.5;

    [PlanRange(0, 20)]
    public int MaxRetransmit { get; init; } = 4;

    [PlanRange(1, 100)]
    public int Nstart { get; init; } = 1;
}
