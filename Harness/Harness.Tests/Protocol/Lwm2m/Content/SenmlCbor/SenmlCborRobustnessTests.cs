using CsCheck;
using Harness.Protocol.Coap;
using Harness.Protocol.Lwm2m;
using Harness.Protocol.Lwm2m.Content;
using Harness.Protocol.Lwm2m.Content.SenmlCbor;
using Harness.Tests.Protocol.Lwm2m.Content.Cbor;
using Harness.Tests.Support;

namespace Harness.Tests.Protocol.Lwm2m.Content.SenmlCbor;

/// <summary>The SenML-only decoders (composite request paths, SenML-ETCH writes) under broken inputs; the content
/// decoder and the renderer are covered for both CBOR codecs by <see cref="CborCodecRobustnessTests"/>.</summary>
public class SenmlCborRobustnessTests
{
    private static readonly Lazy<List<byte[]>> Seeds = new(() => CborCodecRobustnessTests.LoadSeeds(SenmlCborCodec.Instance, "SenmlCbor"));

    [Test]
    public void Composite_request_and_write_decoding_survive_broken_inputs()
    {
        var context = Lwm2mCodecContext.For(Lwm2mPath.Root, Lwm2mVersions.V11);
        RobustnessRun.Run(Seeds.Value, CborCodecRobustnessTests.Inputs, 13, input =>
        {
            var paths = SenmlCborCodec.DecodePaths(input, CoapDecodeMode.Lax);
            var write = SenmlEtchCborCodec.DecodeWrite(input, context);
            Assert.That(paths.IsValid || paths.Errors.Count > 0, Is.True);
            Assert.That(write.IsValid || write.Errors.Count > 0, Is.True);
        });
    }
}
