using CsCheck;
using Harness.Protocol.Coap;
using Harness.Protocol.Lwm2m;
using Harness.Protocol.Lwm2m.Content;
using Harness.Tests.Support;

namespace Harness.Tests.Protocol.Lwm2m.Content.Cbor;

/// <summary>For each CBOR content codec, random and CBOR-aware mutated inputs: typed errors only, never an exception, a hang or a huge allocation.</summary>
[TestFixtureSource(typeof(CborCodecFixtures), nameof(CborCodecFixtures.All))]
public class CborCodecRobustnessTests
{
    public const int Inputs = 200_000;

    private readonly ILwm2mContentCodec codec;

    public CborCodecRobustnessTests(ILwm2mContentCodec codec, string vectorFolder)
    {
        this.codec = codec;
        Seeds = new(() => LoadSeeds(codec, vectorFolder));
    }

    /// <summary>Vectors of the format plus encodings of generated trees: what the mutations start from.</summary>
    internal Lazy<List<byte[]>> Seeds { get; }

    internal static List<byte[]> LoadSeeds(ILwm2mContentCodec codec, string vectorFolder)
    {
        var seeds = CborContentVector.Load(vectorFolder).Select(v => v.Bytes).Where(b => b.Length > 0).ToList();
        FixedSeed.Sample(GeneratedContent.Object(), GeneratedContent.Seed, 50, obj =>
        {
            foreach (var (request, content) in GeneratedRequests.From(obj).Take(4))
            {
                seeds.Add(codec.Encode(content, Lwm2mCodecContext.For(request, Lwm2mVersions.V12)));
            }
        });
        return seeds;
    }

    [TestCase(CoapDecodeMode.Strict, 11)]
    [TestCase(CoapDecodeMode.Lax, 12)]
    public void Content_decoding_survives_two_hundred_thousand_broken_inputs(CoapDecodeMode mode, int seed)
    {
        var contexts = new[] { Lwm2mPath.Root, new Lwm2mPath(3), new Lwm2mPath(3, 0), new Lwm2mPath(3, 0, 9), new Lwm2mPath(3, 0, 11, 0) }
            .Select(p => Lwm2mCodecContext.For(p, Lwm2mVersions.V11) with { Mode = mode }).ToArray();
        var failures = 0;
        var index = 0;
        var elapsed = RobustnessRun.Run(Seeds.Value, Inputs, seed, input =>
        {
            var result = codec.Decode(input, contexts[index++ % contexts.Length]);
            if (!result.IsValid)
            {
                failures++;
                Assert.That(result.Errors, Is.Not.Empty);
                Assert.That(result.Errors.All(e => e.Rule.Length > 0 && e.Offset >= 0 && e.Offset <= input.Length), Is.True);
            }

            if (mode == CoapDecodeMode.Strict)
            {
                Assert.That(result.Content is null || result.Errors.All(e => e.Level == RequirementLevel.Should), Is.True);
            }
        });
        Assert.That(failures, Is.GreaterThan(Inputs / 2), "most broken inputs are rejected");
        Assert.That(elapsed, Is.LessThan(120_000));
    }

    [Test]
    public void Rendering_never_throws()
    {
        RobustnessRun.Run(Seeds.Value, 30_000, 14, input => Assert.That(codec.Render(input), Is.Not.Empty));
    }
}
