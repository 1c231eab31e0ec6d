using Harness.Protocol.Lwm2m.Content;
using Harness.Protocol.Lwm2m.Content.OmaJson;
using Harness.Tests.Protocol.Lwm2m.Content.SenmlJson;

namespace Harness.Tests.Protocol.Lwm2m.Content.OmaJson;

/// <summary>
/// 200,000 mutated and random OMA JSON payloads (fixed seed) through strict and lax decoding and rendering:
/// only typed errors, never an exception, never a hang.
/// </summary>
public class OmaJsonRobustnessTests
{
    private const int Inputs = 200_000;

    private static readonly FuzzDecoder Decoder = new(
        "OMA JSON",
        (bytes, context) =>
        {
            var result = OmaJsonCodec.Instance.Decode(bytes, context);
            return (result.Content, result.Errors);
        },
        bytes => OmaJsonCodec.Instance.Render(bytes),
        (value, context) => OmaJsonCodec.Instance.Encode((Lwm2mContent)value, context));

    [Test]
    [CancelAfter(300_000)]
    public void Mutated_payloads_never_break_decoding()
    {
        var corpus = FuzzCorpus.Build("OmaJson", OmaJsonCodec.Instance.Encode);
        var (rejected, failures) = DecoderRobustness.Run(Decoder, corpus, Inputs, 1543, TestContext.CurrentContext.CancellationToken);

        Assert.That(failures, Is.Empty);
        Assert.That(rejected, Is.InRange(Inputs / 4, Inputs - (Inputs / 50)));
    }
}
