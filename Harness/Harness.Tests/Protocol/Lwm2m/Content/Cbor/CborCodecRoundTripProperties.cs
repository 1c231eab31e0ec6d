using CsCheck;
using Harness.Protocol.Coap;
using Harness.Protocol.Lwm2m;
using Harness.Protocol.Lwm2m.Content;
using Harness.Tests.Support;

namespace Harness.Tests.Protocol.Lwm2m.Content.Cbor;

/// <summary>For each CBOR content codec: decode(encode(content)) gives the content back at every request level.</summary>
[TestFixtureSource(typeof(CborCodecFixtures), nameof(CborCodecFixtures.Codecs))]
public class CborCodecRoundTripProperties(ILwm2mContentCodec codec)
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
                var bytes = codec.Encode(content, context);
                var strict = codec.Decode(bytes, context);
                var lax = codec.Decode(bytes, context with { Mode = CoapDecodeMode.Lax });
                Assert.That(strict.Errors, Is.Empty, $"{request}: {codec.Render(bytes)}");
                Assert.That(strict.Content, Is.EqualTo(content), request.ToString());
                Assert.That((lax.Content, lax.Errors.Count), Is.EqualTo((strict.Content, 0)), request.ToString());
                checkedRequests++;
            }
        });
        Assert.That(checkedRequests, Is.GreaterThan(3000));
    }
}
