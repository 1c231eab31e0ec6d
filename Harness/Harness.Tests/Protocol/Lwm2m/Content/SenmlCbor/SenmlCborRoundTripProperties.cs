using CsCheck;
using Harness.Protocol.Coap;
using Harness.Protocol.Lwm2m;
using Harness.Protocol.Lwm2m.Content;
using Harness.Protocol.Lwm2m.Content.SenmlCbor;
using Harness.Tests.Protocol.Lwm2m.Content.Cbor;
using Harness.Tests.Support;

namespace Harness.Tests.Protocol.Lwm2m.Content.SenmlCbor;

public class SenmlCborRoundTripProperties
{
    [Test]
    public void Write_composite_round_trips_writes_and_removals()
    {
        FixedSeed.Sample(GeneratedContent.Object(), GeneratedContent.Seed, 200, obj =>
        {
            var writes = GeneratedRequests.From(obj).Last().Content;
            var removals = obj.Instances.Select(i => new Lwm2mPath(obj.Id, i.Id)).ToArray();
            var write = new Lwm2mCompositeWrite(writes, [.. removals]);
            var decoded = SenmlEtchCborCodec.DecodeWrite(SenmlEtchCborCodec.EncodeWrite(write), Lwm2mCodecContext.For(Lwm2mPath.Root, Lwm2mVersions.V12));
            Assert.That(decoded.Errors, Is.Empty);
            Assert.That(decoded.Write, Is.EqualTo(write));
        });
    }

    [Test]
    public void Records_read_back_as_written()
    {
        FixedSeed.Sample(GeneratedContent.Object(), GeneratedContent.Seed, 200, obj =>
        {
            var content = GeneratedRequests.From(obj).Last().Content;
            var bytes = SenmlCborCodec.Instance.Encode(content, Lwm2mCodecContext.For(Lwm2mPath.Root, Lwm2mVersions.V12));
            var records = SenmlCborReader.Read(bytes, CoapDecodeMode.Strict, out var errors)!;
            Assert.That(errors, Is.Empty);
            Assert.That(SenmlCborWriter.Write(records), Is.EqualTo(bytes));
        });
    }
}
