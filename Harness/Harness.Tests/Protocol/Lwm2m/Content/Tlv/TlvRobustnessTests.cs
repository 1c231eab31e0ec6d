using Harness.Protocol.Coap;
using Harness.Protocol.Lwm2m;
using Harness.Protocol.Lwm2m.Content;
using Harness.Protocol.Lwm2m.Content.Text;
using Harness.Protocol.Lwm2m.Content.Tlv;
using Harness.Tests.Protocol.Coap;
using Harness.Tests.Protocol.Lwm2m.Content.Vectors;
using Harness.Tests.Support;

namespace Harness.Tests.Protocol.Lwm2m.Content.Tlv;

/// <summary>
/// Over 200,000 random and mutated payloads (byte flips, truncations, insertions, deletions and splices of
/// the TLV vectors and of encoded generated trees; fixed seeds) through strict and lax TLV decoding at
/// every request level, plain text and opaque decoding, and rendering: only results with typed errors,
/// never an exception. Strict and lax agree on the first violation; accepted content encodes and decodes
/// back to itself.
/// </summary>
public class TlvRobustnessTests
{
    private const int Inputs = 210_000;

    private static readonly Lwm2mPath[] Paths =
    [
        Lwm2mPath.Parse("/3"), Lwm2mPath.Parse("/3/0"), Lwm2mPath.Parse("/3/0/9"), Lwm2mPath.Parse("/3/0/6"),
        Lwm2mPath.Parse("/3/0/6/1"), Lwm2mPath.Parse("/1"), Lwm2mPath.Parse("/1/0"), Lwm2mPath.Parse("/2"),
        Lwm2mPath.Parse("/6/0/0"), Lwm2mPath.Parse("/5/0/0"), Lwm2mPath.Parse("/1/0/10"), Lwm2mPath.Parse("/65/0"),
    ];

    [Test]
    [CancelAfter(300_000)]
    public void Random_and_mutated_payloads_never_break_the_decoders_or_the_renderer()
    {
        var corpus = Corpus();
        var random = new Random(11542);
        var failures = new List<string>();
        var token = TestContext.CurrentContext.CancellationToken;
        int rejected = 0;
        for (int i = 0; i < Inputs && failures.Count < 5; i++)
        {
            if (i % 4096 == 0)
            {
                token.ThrowIfCancellationRequested();
            }

            var (source, sourcePath) = corpus[random.Next(corpus.Count)];
            byte[] input = random.Next(8) == 0 ? source : DatagramMutator.Next(random, [source]);
            var path = random.Next(5) == 0 ? Paths[random.Next(Paths.Length)] : sourcePath;
            var version = Lwm2mVersions.All[random.Next(Lwm2mVersions.All.Count)];
            string? failure = Check(input, new Lwm2mCodecContext(path, Harness.Protocol.Lwm2m.Model.BuiltInObjectModel.Registry, version), ref rejected);
            if (failure is not null)
            {
                failures.Add($"{path} {version} {Convert.ToHexStringLower(input)}: {failure}");
            }
        }

        Assert.That(failures, Is.Empty);
        Assert.That(rejected, Is.InRange(Inputs / 4, Inputs - (Inputs / 20)), "the mix holds both accepted and rejected payloads");
    }

    /// <summary>Payloads with the request path they answer: the vectors, and generated objects, instances and resources.</summary>
    private static List<(byte[] Bytes, Lwm2mPath Path)> Corpus()
    {
        var corpus = ContentVectorFile.All("Tlv").Select(p => (p.Vector.Bytes, p.Vector.RequestPath)).ToList();
        FixedSeed.Sample(GeneratedContent.Object(), GeneratedContent.Seed, 200, obj =>
        {
            var instance = obj.Instances[0];
            var resource = instance.Resources[0];
            Add(corpus, new Lwm2mPath(obj.Id), obj);
            Add(corpus, new Lwm2mPath(obj.Id, instance.Id), instance);
            Add(corpus, new Lwm2mPath(obj.Id, instance.Id, resource.Id), resource);
        });
        return corpus;
    }

    private static void Add(List<(byte[] Bytes, Lwm2mPath Path)> corpus, Lwm2mPath path, Harness.Protocol.Lwm2m.Nodes.Lwm2mNode node) =>
        corpus.Add((TlvCodec.Instance.Encode(Lwm2mContent.Single(path, node), Lwm2mCodecContext.For(path, Lwm2mVersions.V12)), path));

    private static string? Check(byte[] input, Lwm2mCodecContext context, ref int rejected)
    {
        try
        {
            var strict = TlvCodec.Instance.Decode(input, context);
            var lax = TlvCodec.Instance.Decode(input, context with { Mode = CoapDecodeMode.Lax });
            string? failure = strict.IsValid ? CheckAccepted(strict, lax, context) : CheckRejected(strict, lax);
            rejected += strict.IsValid ? 0 : 1;
            _ = TlvCodec.Instance.Render(input);
            _ = TlvCodec.Render(input, context);
            return failure ?? CheckSingleValueCodecs(input, context);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return exception.ToString();
        }
    }

    private static string? CheckAccepted(Lwm2mDecodeResult strict, Lwm2mDecodeResult lax, Lwm2mCodecContext context)
    {
        if (!Equals(lax.Content, strict.Content) || !lax.Errors.SequenceEqual(strict.Errors))
        {
            return "lax decoding differs from strict decoding on valid bytes";
        }

        byte[] again = TlvCodec.Instance.Encode(strict.Content!, context);
        var redecoded = TlvCodec.Instance.Decode(again, context);
        return Equals(redecoded.Content, strict.Content) ? null : "accepted content does not survive encoding and decoding";
    }

    private static string? CheckRejected(Lwm2mDecodeResult strict, Lwm2mDecodeResult lax)
    {
        if (strict.Content is not null || strict.Errors.Count != 1 || strict.Errors[0].Level != RequirementLevel.Must)
        {
            return "a strict failure must carry no content and exactly one Must error";
        }

        var first = lax.Errors.FirstOrDefault(e => e.Level == RequirementLevel.Must);
        return lax.Content is not null && first is not null && first.Rule == strict.Errors[0].Rule && first.Offset == strict.Errors[0].Offset
            ? null
            : $"lax first error {first} differs from strict {strict.Errors[0]}";
    }

    /// <summary>The same bytes as a text or opaque value of a resource: the same agreement between modes.</summary>
    private static string? CheckSingleValueCodecs(byte[] input, Lwm2mCodecContext context)
    {
        foreach (ILwm2mContentCodec codec in new ILwm2mContentCodec[] { PlainTextCodec.Instance, OpaqueCodec.Instance })
        {
            var strict = codec.Decode(input, context);
            var lax = codec.Decode(input, context with { Mode = CoapDecodeMode.Lax });
            _ = codec.Render(input);
            string? failure = strict.IsValid
                ? Equals(lax.Content, strict.Content) ? null : $"{codec.Name}: lax differs from strict on valid bytes"
                : CheckRejected(strict, lax);
            if (failure is not null)
            {
                return failure;
            }
        }

        return null;
    }
}
