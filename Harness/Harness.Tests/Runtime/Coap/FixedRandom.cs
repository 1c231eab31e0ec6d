namespace Harness.Tests.Runtime.Coap;

/// <summary>Pins the unit sample that picks the initial retransmission timeout; bytes stay random.</summary>
internal sealed class FixedRandom(double unitSample) : Random
{
    public override double NextDouble() => unitSample;
}
