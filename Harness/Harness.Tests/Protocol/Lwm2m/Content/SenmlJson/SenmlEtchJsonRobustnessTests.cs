using Harness.Protocol.Lwm2m;
using Harness.Protocol.Lwm2m.Content;
using Harness.Protocol.Lwm2m.Content.SenmlJson;

namespace Harness.Tests.Protocol.Lwm2m.Content.SenmlJson;

/// <summary>200,000 mutated payloads per SenML-ETCH JSON decoder (Patch Pack and Fetch Pack; fixed seeds).</summary>
public class SenmlEtchJsonRobustnessTests
{
    private const int Inputs = 200_000;

    private static readonly FuzzDecoder Patch = new(
        "SenML-ETCH JSON patch",
        (bytes, context) =>
        {
            var result = SenmlEtchJsonCodec.DecodePatch(bytes, context);
            return (result.Patch, result.Errors);
        },
        bytes => SenmlEtchJsonCodec.Instance.Render(bytes),
        (value, context) => SenmlEtchJsonCodec.EncodePatch((Lwm2mContentPatch)value, context));

    private static readonly FuzzDecoder Fetch = new(
        "SenML-ETCH JSON fetch",
        (bytes, context) =>
        {
            var result = SenmlEtchJsonCodec.DecodePaths(bytes, context.Mode);
            return (result.Paths, result.Errors);
        },
        bytes => SenmlEtchJsonCodec.Instance.Render(bytes),
        (value, _) => value is IReadOnlyList<Lwm2mPath> { Count: > 0 } paths ? SenmlEtchJsonCodec.EncodePaths(paths) : null);

    [Test]
    [CancelAfter(300_000)]
    public void Mutated_payloads_never_break_patch_decoding()
    {
        var corpus = FuzzCorpus.Build("SenmlJson", SenmlEtchJsonCodec.Instance.Encode);
        var (rejected, failures) = DecoderRobustness.Run(Patch, corpus, Inputs, 8790, TestContext.CurrentContext.CancellationToken);

        Assert.That(failures, Is.Empty);
        Assert.That(rejected, Is.InRange(Inputs / 4, Inputs - (Inputs / 50)));
    }

    [Test]
    [CancelAfter(300_000)]
    public void Mutated_payloads_never_break_fetch_decoding()
    {
        var corpus = FuzzCorpus.PathLists();
        var (rejected, failures) = DecoderRobustness.Run(Fetch, corpus, Inputs, 3790, TestContext.CurrentContext.CancellationToken);

        Assert.That(failures, Is.Empty);
        Assert.That(rejected, Is.InRange(Inputs / 4, Inputs - (Inputs / 100)), "the mix holds both accepted and rejected payloads");
    }
}
