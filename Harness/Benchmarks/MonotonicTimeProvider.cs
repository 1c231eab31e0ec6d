using System.Diagnostics;

namespace Harness.Benchmarks;

/// <summary>Wall-clock origin plus the high-resolution monotonic counter, so that datagram timestamps resolve microseconds.</summary>
internal sealed class MonotonicTimeProvider : TimeProvider
{
    private readonly DateTimeOffset origin = DateTimeOffset.UtcNow;
    private readonly long start = Stopwatch.GetTimestamp();

    public override DateTimeOffset GetUtcNow() => origin + Stopwatch.GetElapsedTime(start);

    public override long GetTimestamp() => Stopwatch.GetTimestamp();
}
