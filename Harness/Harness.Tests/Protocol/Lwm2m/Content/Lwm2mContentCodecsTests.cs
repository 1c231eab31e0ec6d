using Harness.Protocol.Coap;
using Harness.Protocol.Lwm2m.Content;
using Harness.Protocol.Lwm2m.Content.Text;
using Harness.Protocol.Lwm2m.Content.Tlv;

namespace Harness.Tests.Protocol.Lwm2m.Content;

public class Lwm2mContentCodecsTests
{
    [Test]
    public void Registered_numbers_find_their_codecs()
    {
        Assert.That(Lwm2mContentCodecs.TryGet(ContentFormat.LwM2mTlv, out var tlv), Is.True);
        Assert.That(tlv, Is.SameAs(TlvCodec.Instance));
        Assert.That(Lwm2mContentCodecs.TryGet(ContentFormat.TextPlain, out var text) ? text : null, Is.SameAs(PlainTextCodec.Instance));
        Assert.That(Lwm2mContentCodecs.TryGet(ContentFormat.OctetStream, out var opaque) ? opaque : null, Is.SameAs(OpaqueCodec.Instance));
        Assert.That(Lwm2mContentCodecs.TryGet(ContentFormat.LinkFormat, out _), Is.False);
    }

    [Test]
    public void Legacy_lwm2m_1_0_numbers_resolve_only_when_accepted()
    {
        Assert.That(Lwm2mContentCodecs.TryGet(ContentFormat.LegacyLwM2mTlv, out var tlv) ? tlv : null, Is.SameAs(TlvCodec.Instance));
        Assert.That(Lwm2mContentCodecs.TryGet(ContentFormat.LegacyLwM2mText, out var text) ? text : null, Is.SameAs(PlainTextCodec.Instance));
        Assert.That(Lwm2mContentCodecs.TryGet(ContentFormat.LegacyLwM2mOpaque, out var opaque) ? opaque : null, Is.SameAs(OpaqueCodec.Instance));
        Assert.That(Lwm2mContentCodecs.TryGet(ContentFormat.LegacyLwM2mTlv, acceptLegacy: false, out _), Is.False);
        Assert.That(Lwm2mContentCodecs.RegisteredNumber(ContentFormat.LegacyLwM2mJson), Is.EqualTo(ContentFormat.LwM2mJson));
    }

    [Test]
    public void Every_codec_has_its_own_registered_number_and_a_name()
    {
        Assert.That(Lwm2mContentCodecs.All.Select(c => c.ContentFormat), Is.Unique);
        Assert.That(Lwm2mContentCodecs.All.Select(c => ContentFormat.IsLegacy(c.ContentFormat)), Has.None.True);
        Assert.That(Lwm2mContentCodecs.All.Select(c => c.Name), Has.All.Not.Empty);
    }
}
