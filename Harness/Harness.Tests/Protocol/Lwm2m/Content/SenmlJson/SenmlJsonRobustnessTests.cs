using Harness.Protocol.Lwm2m.Content;
using Harness.Protocol.Lwm2m.Content.SenmlJson;

namespace Harness.Tests.Protocol.Lwm2m.Content.SenmlJson;

/// <summary>
/// 200,000 mutated and random payloads per SenML JSON decoder (content and path list; fixed seeds) through
/// strict and lax decoding and rendering: only typed errors, never an exception, never a hang.
/// </summary>
public class SenmlJsonRobustnessTests
{
    private const int Inputs = 200_000;

    private static readonly FuzzDecoder Content = new(
        "SenML JSON",
        (bytes, context) =>
        {
            var result = SenmlJsonCodec.Instance.Decode(bytes, context);
            return (result.Content, result.Errors);
        },
        bytes => SenmlJsonCodec.Instance.Render(bytes),
        (value, context) => SenmlJsonCodec.Instance.Encode((Lwm2mContent)value, context));

    private static readonly FuzzDecoder PathList = new(
        "SenML JSON path list",
        (bytes, context) =>
        {
            var result = SenmlJsonCodec.DecodePaths(bytes, context.Mode);
            return (result.Paths, result.Errors);
        },
        bytes => SenmlJsonCodec.Instance.Render(bytes),
        (value, _) => SenmlJsonCodec.EncodePaths((IEnumerable<Harness.Protocol.Lwm2m.Lwm2mPath>)value));

    [Test]
    [CancelAfter(300_000)]
    public void Mutated_payloads_never_break_content_decoding()
    {
        var corpus = FuzzCorpus.Build("SenmlJson", SenmlJsonCodec.Instance.Encode);
        var (rejected, failures) = DecoderRobustness.Run(Content, corpus, Inputs, 8428, TestContext.CurrentContext.CancellationToken);

        Assert.That(failures, Is.Empty);
        Assert.That(rejected, Is.InRange(Inputs / 4, Inputs - (Inputs / 50)), "the mix holds both accepted and rejected payloads");
    }

    [Test]
    [CancelAfter(300_000)]
    public void Mutated_payloads_never_break_path_list_decoding()
    {
        var corpus = FuzzCorpus.PathLists();
        var (rejected, failures) = DecoderRobustness.Run(PathList, corpus, Inputs, 7252, TestContext.CurrentContext.CancellationToken);

        Assert.That(failures, Is.Empty);
        Assert.That(rejected, Is.InRange(Inputs / 4, Inputs - (Inputs / 100)), "the mix holds both accepted and rejected payloads");
    }
}
