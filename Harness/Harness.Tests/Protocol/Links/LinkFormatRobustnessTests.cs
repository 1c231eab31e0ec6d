using System.Text;
using Harness.Protocol.Coap;
using Harness.Protocol.Links;

namespace Harness.Tests.Protocol.Links;

/// <summary>Random and mutated payloads: the parser answers with its own errors only, and always ends.</summary>
public class LinkFormatRobustnessTests
{
    private const int Inputs = 200_000;
    private static readonly byte[] Interesting = "<>;,=\"\\*% \t\r\n/'é".Select(c => (byte)c).Concat(Encoding.UTF8.GetBytes("é")).Concat(new byte[] { 0, 0x7F, 0xFF, 0xC3 }).ToArray();

    [Test]
    public void Random_and_mutated_inputs_give_only_typed_errors_and_never_hang()
    {
        var seeds = LinkFormatVector.All().Select(v => Encoding.UTF8.GetBytes(v.Payload)).ToArray();
        var run = Task.Run(() => Exercise(seeds));

        Assert.That(run.Wait(TimeSpan.FromMinutes(2)), Is.True, "the parser did not finish 200,000 inputs within 2 minutes");
        var (parsed, rejected, laxErrors) = run.Result;
        Assert.That(parsed + rejected, Is.EqualTo(Inputs));
        Assert.That(parsed, Is.GreaterThan(1000), "mutations should leave some payloads valid");
        Assert.That(rejected, Is.GreaterThan(1000), "mutations should break some payloads");
        Assert.That(laxErrors, Is.GreaterThanOrEqualTo(rejected));
    }

    private static (int Parsed, int Rejected, long LaxErrors) Exercise(byte[][] seeds)
    {
        var random = new Random(20120801);
        int parsed = 0;
        int rejected = 0;
        long laxErrors = 0;
        for (int i = 0; i < Inputs; i++)
        {
            byte[] input = i % 4 == 0 ? RandomBytes(random) : Mutate(random, seeds[random.Next(seeds.Length)]);
            var strict = LinkFormatParser.Parse(input);
            var lax = LinkFormatParser.Parse(input, CoapDecodeMode.Lax);
            if (strict.IsValid)
            {
                parsed++;
                if (!lax.IsValid || !lax.Links.SequenceEqual(strict.Links))
                {
                    throw new AssertionException($"Lax disagrees with strict on a valid payload: {Convert.ToHexString(input)}");
                }
            }
            else
            {
                rejected++;
                if (strict.Links.Count != 0 || strict.Errors.Count != 1 || strict.FirstError!.Offset < 0 || strict.FirstError.Offset > input.Length)
                {
                    throw new AssertionException($"Strict failure must carry one in-range error and no links: {Convert.ToHexString(input)}");
                }

                try
                {
                    strict.GetLinksOrThrow();
                    throw new AssertionException("GetLinksOrThrow returned for an invalid payload");
                }
                catch (LinkFormatException)
                {
                    // The one exception the parser may raise.
                }
            }

            laxErrors += lax.Errors.Count;
        }

        return (parsed, rejected, laxErrors);
    }

    private static byte[] RandomBytes(Random random)
    {
        var bytes = new byte[random.Next(0, 64)];
        for (int j = 0; j < bytes.Length; j++)
        {
            bytes[j] = random.Next(3) == 0 ? (byte)random.Next(256) : Interesting[random.Next(Interesting.Length)];
        }

        return bytes;
    }

    private static byte[] Mutate(Random random, byte[] seed)
    {
        var bytes = new List<byte>(seed);
        for (int edits = random.Next(1, 4); edits > 0; edits--)
        {
            int at = random.Next(bytes.Count + 1);
            switch (random.Next(4))
            {
                case 0 when bytes.Count > 0 && at < bytes.Count:
                    bytes.RemoveAt(at);
                    break;
                case 1:
                    bytes.Insert(at, Interesting[random.Next(Interesting.Length)]);
                    break;
                case 2 when at < bytes.Count:
                    bytes[at] = (byte)random.Next(256);
                    break;
                default:
                    bytes.RemoveRange(at, Math.Min(random.Next(0, 8), bytes.Count - at));
                    break;
            }
        }

        return bytes.ToArray();
    }
}
