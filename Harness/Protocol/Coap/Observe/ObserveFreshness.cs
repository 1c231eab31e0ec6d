namespace Harness.Protocol.Coap.Observe;

/// <summary>
/// The notification ordering rule of RFC 7641 §3.4: a later notification is fresh when its 24-bit
/// sequence number is ahead by less than half the number space, or when more than 128 s have passed.
/// Times are plain values from any monotonic clock the caller owns.
/// </summary>
public static class ObserveFreshness
{
    /// <summary>Observe values are 24-bit (RFC 7641 §4.4).</summary>
    public const uint SequenceModulus = 1u << 24;

    public const uint HalfRange = 1u << 23;

    /// <summary>After this long any notification is newer, whatever its number (RFC 7641 §3.4).</summary>
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(128);

    /// <summary>
    /// True when the notification (<paramref name="candidate"/>, received at <paramref name="candidateAt"/>)
    /// is newer than the one (<paramref name="previous"/>, <paramref name="previousAt"/>) already seen.
    /// </summary>
    public static bool IsNewer(uint previous, TimeSpan previousAt, uint candidate, TimeSpan candidateAt)
    {
        ThrowIfOutOfRange(previous, nameof(previous));
        ThrowIfOutOfRange(candidate, nameof(candidate));
        return (previous < candidate && candidate - previous < HalfRange)
            || (previous > candidate && previous - candidate > HalfRange)
            || candidateAt > previousAt + Window;
    }

    private static void ThrowIfOutOfRange(uint value, string name)
    {
        if (value >= SequenceModulus)
        {
            throw new ArgumentOutOfRangeException(name, value, "Observe sequence numbers are 24-bit");
        }
    }
}
