using Harness.Protocol.Coap;

namespace Harness.Tests.Protocol.Coap;

/// <summary>Numbers from the IANA CoAP Content-Formats registry and the LwM2M 1.0 pre-registration codes.</summary>
public class ContentFormatTests
{
    [TestCase(ContentFormat.TextPlain, 0, "text/plain; charset=utf-8")]
    [TestCase(ContentFormat.LinkFormat, 40, "application/link-format")]
    [TestCase(ContentFormat.OctetStream, 42, "application/octet-stream")]
    [TestCase(ContentFormat.Json, 50, "application/json")]
    [TestCase(ContentFormat.Cbor, 60, "application/cbor")]
    [TestCase(ContentFormat.SenmlJson, 110, "application/senml+json")]
    [TestCase(ContentFormat.SensmlJson, 111, "application/sensml+json")]
    [TestCase(ContentFormat.SenmlCbor, 112, "application/senml+cbor")]
    [TestCase(ContentFormat.SenmlEtchJson, 320, "application/senml-etch+json")]
    [TestCase(ContentFormat.SenmlEtchCbor, 322, "application/senml-etch+cbor")]
    [TestCase(ContentFormat.LwM2mTlv, 11542, "application/vnd.oma.lwm2m+tlv")]
    [TestCase(ContentFormat.LwM2mJson, 11543, "application/vnd.oma.lwm2m+json")]
    [TestCase(ContentFormat.LwM2mCbor, 11544, "application/vnd.oma.lwm2m+cbor")]
    [TestCase(ContentFormat.LegacyLwM2mText, 1541, "application/vnd.oma.lwm2m+text")]
    [TestCase(ContentFormat.LegacyLwM2mTlv, 1542, "application/vnd.oma.lwm2m+tlv")]
    [TestCase(ContentFormat.LegacyLwM2mJson, 1543, "application/vnd.oma.lwm2m+json")]
    [TestCase(ContentFormat.LegacyLwM2mOpaque, 1544, "application/vnd.oma.lwm2m+opaque")]
    public void Numbers_and_media_types(int constant, int number, string mediaType)
    {
        Assert.That(constant, Is.EqualTo(number));
        Assert.That(ContentFormat.MediaTypeOf(number), Is.EqualTo(mediaType));
    }

    [Test]
    public void Unknown_numbers_have_no_media_type()
    {
        Assert.That(ContentFormat.TryGetMediaType(9999, out _), Is.False);
        Assert.That(ContentFormat.MediaTypeOf(9999), Is.Null);
        Assert.That(ContentFormat.Describe(9999), Is.EqualTo("Content-Format 9999"));
    }

    [Test]
    public void Legacy_codes_are_marked_as_such()
    {
        Assert.That(ContentFormat.IsLegacy(1542), Is.True);
        Assert.That(ContentFormat.IsLegacy(11542), Is.False);
        Assert.That(ContentFormat.Describe(1542), Does.Contain("pre-registration"));
        Assert.That(ContentFormat.Describe(40), Is.EqualTo("application/link-format (40)"));
    }

    [Test]
    public void A_message_content_format_compares_with_the_constants()
    {
        var message = new CoapMessage(CoapMessageType.Confirmable, CoapCode.Post, 1, options: [CoapOption.FromUInt(OptionNumber.ContentFormat, ContentFormat.LinkFormat)]);

        Assert.That(message.ContentFormat, Is.EqualTo(ContentFormat.LinkFormat));
    }
}
