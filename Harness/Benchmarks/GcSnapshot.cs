using System.Globalization;

namespace Harness.Benchmarks;

/// <summary>Collections per generation and bytes allocated (all threads) at one moment, to tell what a loop cost the GC.</summary>
internal readonly record struct GcSnapshot(int Gen0, int Gen1, int Gen2, long Allocated)
{
    public static GcSnapshot Take() =>
        new(GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalAllocatedBytes(precise: true));

    /// <summary>What happened since this snapshot, with the bytes allocated per one of <paramref name="iterations"/>.</summary>
    public string Describe(int iterations)
    {
        var now = Take();
        long bytes = now.Allocated - Allocated;
        return string.Create(CultureInfo.InvariantCulture,
            $"gen0={now.Gen0 - Gen0} gen1={now.Gen1 - Gen1} gen2={now.Gen2 - Gen2} collections, {bytes / Math.Max(1, iterations)} B allocated per exchange (both peers, all threads), GC {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} latency mode {System.Runtime.GCSettings.LatencyMode}");
    }
}
