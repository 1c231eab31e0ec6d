namespace Harness.Runtime.Analysis.Reading;

/// <summary>
/// Converts a capture's raw timestamp (units since the Unix epoch, plus an interface offset in seconds) to
/// UTC ticks. The unit is 10^-n or 2^-n seconds (pcapng if_tsresol); pcap uses 10^-6 or 10^-9.
/// </summary>
internal readonly struct CaptureTimestamp
{
    private static readonly long MaxTicks = DateTimeOffset.MaxValue.UtcTicks;

    private readonly bool binary;
    private readonly int exponent;
    private readonly long offsetTicks;

    private CaptureTimestamp(bool binary, int exponent, long offsetSeconds)
    {
        this.binary = binary;
        this.exponent = exponent;
        offsetTicks = DateTime.UnixEpoch.Ticks + (offsetSeconds * TimeSpan.TicksPerSecond);
    }

    public static CaptureTimestamp Microseconds { get; } = new(false, 6, 0);

    public static CaptureTimestamp Nanoseconds { get; } = new(false, 9, 0);

    /// <summary>From the pcapng if_tsresol byte: top bit clear, 10^-value; set, 2^-value.</summary>
    public static CaptureTimestamp FromResolution(byte resolution, long offsetSeconds) =>
        new((resolution & 0x80) != 0, resolution & 0x7F, offsetSeconds);

    /// <summary>Whether the resolution is one this reader can convert (decimal up to 10^-19, binary up to 2^-63).</summary>
    public bool IsSupported => binary ? exponent <= 63 : exponent <= 19;

    public long ToTicks(ulong units)
    {
        long ticks;
        if (binary)
        {
            var scaled = (UInt128)units * TimeSpan.TicksPerSecond >> exponent;
            ticks = scaled > (ulong)long.MaxValue ? long.MaxValue : (long)scaled;
        }
        else if (exponent <= 7)
        {
            var scaled = (UInt128)units * Pow10(7 - exponent);
            ticks = scaled > (ulong)long.MaxValue ? long.MaxValue : (long)scaled;
        }
        else
        {
            ticks = (long)(units / Pow10(exponent - 7));
        }

        return ticks > MaxTicks - offsetTicks ? MaxTicks : Math.Max(0, ticks + offsetTicks);
    }

    private static ulong Pow10(int power)
    {
        ulong value = 1;
        for (int i = 0; i < power; i++)
        {
            value *= 10;
        }

        return value;
    }
}
