using CsCheck;

namespace Harness.Tests.Protocol.Coap.Tcp;

/// <summary>
/// Runs a CsCheck generator from fixed seeds so a property sees the same inputs on every run; a failure
/// names the seed that reproduces it.
/// </summary>
internal static class FixedSeed
{
    public static void Sample<T>(Gen<T> gen, ulong seed, int count, Action<T> assert)
    {
        for (int i = 0; i < count; i++)
        {
            var pcg = new PCG(1, seed + (ulong)i);
            var value = gen.Generate(pcg, null, out _);
            try
            {
                assert(value);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                throw new AssertionException($"Property failed for seed {seed + (ulong)i} (stream 1): {e.Message}", e);
            }
        }
    }
}
