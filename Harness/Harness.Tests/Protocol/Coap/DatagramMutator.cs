namespace Harness.Tests.Protocol.Coap;

/// <summary>
/// Makes the next robustness input from a corpus of datagrams: byte flips, truncation, insertion,
/// deletion, splicing of two datagrams, or plain random bytes (half of them with a version-1 first
/// byte, so they get past the header checks).
/// </summary>
internal static class DatagramMutator
{
    public static byte[] Next(Random random, IReadOnlyList<byte[]> corpus)
    {
        byte[] source = corpus[random.Next(corpus.Count)];
        return random.Next(6) switch
        {
            0 => Flip(random, source),
            1 => source[..random.Next(source.Length + 1)],
            2 => Insert(random, source),
            3 => Delete(random, source),
            4 => Splice(random, source, corpus[random.Next(corpus.Count)]),
            _ => RandomBytes(random),
        };
    }

    private static byte[] Flip(Random random, byte[] source)
    {
        byte[] copy = (byte[])source.Clone();
        for (int flips = 1 + random.Next(3); flips > 0 && copy.Length > 0; flips--)
        {
            copy[random.Next(copy.Length)] ^= (byte)(1 + random.Next(255));
        }

        return copy;
    }

    private static byte[] Insert(Random random, byte[] source)
    {
        var list = source.ToList();
        for (int inserts = 1 + random.Next(3); inserts > 0; inserts--)
        {
            list.Insert(random.Next(list.Count + 1), (byte)random.Next(256));
        }

        return [.. list];
    }

    private static byte[] Delete(Random random, byte[] source)
    {
        if (source.Length == 0)
        {
            return source;
        }

        int start = random.Next(source.Length);
        int count = 1 + random.Next(Math.Min(4, source.Length - start));
        return [.. source.AsSpan(0, start), .. source.AsSpan(start + count)];
    }

    private static byte[] Splice(Random random, byte[] first, byte[] second) =>
        [.. first.AsSpan(0, random.Next(first.Length + 1)), .. second.AsSpan(random.Next(second.Length + 1))];

    private static byte[] RandomBytes(Random random)
    {
        byte[] bytes = new byte[random.Next(49)];
        random.NextBytes(bytes);
        if (bytes.Length > 0 && random.Next(2) == 0)
        {
            bytes[0] = (byte)(0x40 | (bytes[0] & 0x3F));
        }

        return bytes;
    }
}
