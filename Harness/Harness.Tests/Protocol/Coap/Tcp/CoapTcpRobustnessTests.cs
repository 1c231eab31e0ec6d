using System.Diagnostics;
using Harness.Protocol.Coap;
using Harness.Protocol.Coap.Tcp;

namespace Harness.Tests.Protocol.Coap.Tcp;

/// <summary>
/// Random and mutated bytes through the frame reader in both modes: it must only ever answer with a
/// status, never throw, and what it accepts strictly must re-encode to exactly the bytes it consumed.
/// </summary>
public class CoapTcpRobustnessTests
{
    private const int Inputs = 200_000;

    [Test]
    [CancelAfter(120_000)]
    public void Random_and_mutated_frames_give_only_codec_results(CancellationToken cancellation)
    {
        var random = new Random(20180201);
        var seeds = TcpFrameVector.Valid.Where(v => v.Frame.Length < 4096).Select(v => v.Frame)
            .Concat(TcpFrameVector.Invalid.Select(v => v.Frame)).ToArray();
        var counts = new Dictionary<CoapTcpReadStatus, int>();
        var watch = Stopwatch.StartNew();
        for (int i = 0; i < Inputs; i++)
        {
            cancellation.ThrowIfCancellationRequested();
            byte[] input = i % 2 == 0 ? RandomBytes(random) : Mutate(random, seeds[random.Next(seeds.Length)]);
            long limit = random.Next(4) == 0 ? 1152 : CoapTcpCodec.Unlimited;
            foreach (var mode in new[] { CoapDecodeMode.Strict, CoapDecodeMode.Lax })
            {
                var status = Drain(input, mode, limit);
                counts[status] = counts.GetValueOrDefault(status) + 1;
            }
        }

        TestContext.Out.WriteLine($"{Inputs} inputs x 2 modes in {watch.ElapsedMilliseconds} ms: {string.Join(", ", counts.Select(c => $"{c.Key} {c.Value}"))}");
        Assert.That(counts.Keys, Is.EquivalentTo(new[] { CoapTcpReadStatus.Frame, CoapTcpReadStatus.NeedMoreData, CoapTcpReadStatus.Error }));
    }

    /// <summary>Reads frames off the input until it runs dry or fails, checking each answer's invariants.</summary>
    private static CoapTcpReadStatus Drain(byte[] input, CoapDecodeMode mode, long limit)
    {
        var remaining = input.AsMemory();
        while (true)
        {
            var status = CoapTcpCodec.TryReadFrame(remaining, mode, out int consumed, out var result, limit);
            switch (status)
            {
                case CoapTcpReadStatus.Frame:
                    Assert.That(consumed, Is.InRange(2, remaining.Length));
                    Assert.That(result.Message, Is.Not.Null);
                    if (mode == CoapDecodeMode.Strict)
                    {
                        Assert.That(result.Errors, Is.Empty);
                        Assert.That(CoapTcpCodec.Encode(result.Message!).AsSpan().SequenceEqual(remaining.Span[..consumed]), Is.True, "strictly accepted frame re-encodes to other bytes");
                    }

                    remaining = remaining[consumed..];
                    if (remaining.IsEmpty)
                    {
                        return status;
                    }

                    break;
                case CoapTcpReadStatus.Error:
                    Assert.That(consumed, Is.Zero);
                    Assert.That(result.FirstError, Is.Not.Null);
                    return status;
                default:
                    Assert.That(consumed, Is.Zero);
                    return status;
            }
        }
    }

    private static byte[] RandomBytes(Random random)
    {
        var bytes = new byte[random.Next(0, 48)];
        random.NextBytes(bytes);
        if (bytes.Length > 0 && random.Next(2) == 0)
        {
            // Keep the length and token nibbles plausible so that many inputs reach the options scan.
            bytes[0] = (byte)((Math.Min(bytes.Length - 2, 12) << 4) | random.Next(0, 9));
        }

        return bytes;
    }

    private static byte[] Mutate(Random random, byte[] seed)
    {
        var bytes = seed.ToList();
        int edits = random.Next(1, 4);
        for (int e = 0; e < edits && bytes.Count > 0; e++)
        {
            int at = random.Next(bytes.Count);
            switch (random.Next(5))
            {
                case 0: bytes[at] ^= (byte)(1 << random.Next(8)); break;
                case 1: bytes[at] = (byte)random.Next(256); break;
                case 2: bytes.RemoveRange(at, bytes.Count - at); break;
                case 3: bytes.Insert(at, (byte)random.Next(256)); break;
                default: bytes.RemoveAt(at); break;
            }
        }

        return [.. bytes];
    }
}
