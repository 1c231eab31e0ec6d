using CsCheck;
using Harness.Protocol.Coap;
using Harness.Protocol.Lwm2m;
using Harness.Protocol.Lwm2m.Content;
using Harness.Protocol.Lwm2m.Content.Lwm2mCbor;
using Harness.Tests.Protocol.Lwm2m.Content.Cbor;
using Harness.Tests.Support;

namespace Harness.Tests.Protocol.Lwm2m.Content.Lwm2mCbor;

public class Lwm2mCborRoundTripProperties
{
    [Test]
    public void Decoding_what_we_encode_gives_back_the_content_at_every_request_level_and_lax_agrees()
    {
        var checkedRequests = 0;
        FixedSeed.Sample(GeneratedContent.Object(), GeneratedContent.Seed, 300, obj =>
        {
            foreach (var (request, content) in GeneratedRequests.From(obj))
            {
                var context = Lwm2mCodecContext.For(request, Lwm2mVersions.V12);
                var bytes = Lwm2mCborCodec.Instance.Encode(content, context);
                var strict = Lwm2mCborCodec.Instance.Decode(bytes, context);
                var lax = Lwm2mCborCodec.Instance.Decode(bytes, context with { Mode = CoapDecodeMode.Lax });
                Assert.That(strict.Errors, Is.Empty, $"{request}: {Lwm2mCborCodec.Instance.Render(bytes)}");
                Assert.That(strict.Content, Is.EqualTo(content), request.ToString());
                Assert.That((lax.Content, lax.Errors.Count), Is.EqualTo((strict.Content, 0)), request.ToString());
                checkedRequests++;
            }
        });
        Assert.That(checkedRequests, Is.GreaterThan(3000));
    }
}
