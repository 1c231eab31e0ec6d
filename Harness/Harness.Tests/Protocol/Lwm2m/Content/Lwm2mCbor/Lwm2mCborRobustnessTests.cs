using CsCheck;
using Harness.Protocol.Coap;
using Harness.Protocol.Lwm2m;
using Harness.Protocol.Lwm2m.Content;
using Harness.Protocol.Lwm2m.Content.Lwm2mCbor;
using Harness.Tests.Protocol.Lwm2m.Content.Cbor;
using Harness.Tests.Support;

namespace Harness.Tests.Protocol.Lwm2m.Content.Lwm2mCbor;

/// <summary>Random and CBOR-aware mutated inputs: typed errors only, never an exception, a hang or a huge allocation.</summary>
public class Lwm2mCborRobustnessTests
{
    private const int Inputs = 200_000;

    private static readonly Lazy<List<byte[]>> Seeds = new(() =>
    {
        var seeds = CborContentVector.Load("Lwm2mCbor").Select(v => v.Bytes).Where(b => b.Length > 0).ToList();
        FixedSeed.Sample(GeneratedContent.Object(), GeneratedContent.Seed, 50, obj =>
        {
            foreach (var (request, content) in GeneratedRequests.From(obj).Take(4))
            {
                seeds.Add(Lwm2mCborCodec.Instance.Encode(content, Lwm2mCodecContext.For(request, Lwm2mVersions.V12)));
            }
        });
        return seeds;
    });

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
            var result = Lwm2mCborCodec.Instance.Decode(input, contexts[index++ % contexts.Length]);
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
        RobustnessRun.Run(Seeds.Value, 30_000, 14, input => Assert.That(Lwm2mCborCodec.Instance.Render(input), Is.Not.Empty));
    }
}
