namespace Harness.Protocol.Coap.Observe;

/// <summary>
/// Observed-resource side of RFC 7641 §4.4: hands out strictly increasing 24-bit Observe values that
/// wrap from 2^24 − 1 to 0, so each notification is newer than the last under §3.4.
/// </summary>
public sealed class ObserveSequenceGenerator
{
    private uint next;

    public ObserveSequenceGenerator(uint start = 0)
    {
        if (start >= ObserveFreshness.SequenceModulus)
        {
            throw new ArgumentOutOfRangeException(nameof(start), start, "Observe sequence numbers are 24-bit");
        }

        next = start;
    }

    /// <summary>The value most recently handed out, or null before the first.</summary>
    public uint? Last { get; private set; }

    public uint Next()
    {
        uint value = next;
        next = (next + 1) % ObserveFreshness.SequenceModulus;
        Last = value;
        return value;
    }

    /// <summary>The Observe option carrying the next value.</summary>
    public CoapOption NextOption() => CoapOption.FromUInt(OptionNumber.Observe, Next());
}
