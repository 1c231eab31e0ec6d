using System.Diagnostics;

namespace Harness.Tests.Protocol.Lwm2m.Content.Cbor;

/// <summary>
/// Feeds random and mutated inputs to a decoder: any exception fails with the input's hex, and so does a
/// single call that allocates more than the input could justify (a length field believed).
/// </summary>
internal static class RobustnessRun
{
    private const long AllocationLimit = 4 * 1024 * 1024;

    public static int Run(IReadOnlyList<byte[]> seeds, int count, int seed, Action<byte[]> decode)
    {
        var mutator = new CborMutator(seed);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            var input = i % 10 == 0 ? mutator.RandomBytes(48) : mutator.Mutate(seeds[mutator.Next(seeds.Count)]);
            var before = GC.GetAllocatedBytesForCurrentThread();
            try
            {
                decode(input);
            }
            catch (Exception e)
            {
                throw new AssertionException($"Input {Convert.ToHexStringLower(input)} threw {e}");
            }

            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            if (allocated > AllocationLimit)
            {
                throw new AssertionException($"Input {Convert.ToHexStringLower(input)} ({input.Length} bytes) allocated {allocated} bytes");
            }
        }

        return (int)clock.ElapsedMilliseconds;
    }
}
