using System.Globalization;

namespace Harness.Benchmarks;

/// <summary>Latency samples in milliseconds, summarised as percentiles (nearest rank).</summary>
internal sealed class TimeSamples
{
    private readonly List<double> samples = [];

    public int Count => samples.Count;

    public void Add(TimeSpan span) => samples.Add(span.TotalMilliseconds);

    public double Percentile(double q)
    {
        if (samples.Count == 0)
        {
            return double.NaN;
        }

        var sorted = samples.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(q * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    /// <summary>"p50/p95/max" in milliseconds.</summary>
    public string Describe() => string.Create(CultureInfo.InvariantCulture, $"{Percentile(0.5),8:0.0} {Percentile(0.95),8:0.0} {Percentile(1.0),8:0.0}");
}
