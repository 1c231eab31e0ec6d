using CsCheck;

namespace Harness.Tests.Support;

/// <summary>
/// Runs a CsCheck generator from fixed seeds so a property sees the same inputs on every run (CsCheck's own
/// Sample(seed:) fixes only the first iteration); a failure names the seed that reproduces it.
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

    /// <summary>A named seed: the name is hashed (FNV-1a, stable across runs and platforms) to the first seed.</summary>
    public static void Sample<T>(Gen<T> gen, string seedName, int count, Action<T> assert) =>
        Sample(gen, Hash(seedName), count, assert);

    /// <summary>For generators of pairs, with the pair taken apart as CsCheck's own Sample does.</summary>
    public static void Sample<T1, T2>(Gen<(T1, T2)> gen, string seedName, int count, Action<T1, T2> assert) =>
        Sample(gen, Hash(seedName), count, pair => assert(pair.Item1, pair.Item2));

    private static ulong Hash(string name)
    {
        ulong hash = 14695981039346656037;
        foreach (char c in name)
        {
            hash = (hash ^ c) * 1099511628211;
        }

        return hash;
    }
}
