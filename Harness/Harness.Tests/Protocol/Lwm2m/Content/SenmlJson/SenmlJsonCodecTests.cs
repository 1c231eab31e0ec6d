using System.Text;
using Harness.Protocol.Coap;
using Harness.Protocol.Lwm2m;
using Harness.Protocol.Lwm2m.Content;
using Harness.Protocol.Lwm2m.Content.OmaJson;
using Harness.Protocol.Lwm2m.Content.SenmlJson;
using Harness.Protocol.Lwm2m.Nodes;
using Harness.Protocol.Lwm2m.Values;

namespace Harness.Tests.Protocol.Lwm2m.Content.SenmlJson;

/// <summary>What the vectors do not show: the registry, the syntax tier on its own, and encoder misuse.</summary>
public class SenmlJsonCodecTests
{
    private static readonly Lwm2mCodecContext Device = Lwm2mCodecContext.For(new Lwm2mPath(3, 0), Lwm2mVersions.V11);

    [TestCase(ContentFormat.SenmlJson, "SenML JSON")]
    [TestCase(ContentFormat.SenmlEtchJson, "SenML-ETCH JSON")]
    [TestCase(ContentFormat.LwM2mJson, "OMA JSON")]
    public void The_registry_finds_each_json_codec_by_its_content_format(int number, string name)
    {
        Assert.That(Lwm2mContentCodecs.TryGet(number, out var codec), Is.True);
        Assert.That((codec!.ContentFormat, codec.Name), Is.EqualTo((number, name)));
        Assert.That(Lwm2mContentCodecs.All, Has.Member(codec));
    }

    [Test]
    public void The_legacy_json_number_finds_the_oma_json_codec()
    {
        Assert.That(Lwm2mContentCodecs.TryGet(ContentFormat.LegacyLwM2mJson, out var codec) ? codec : null, Is.SameAs(OmaJsonCodec.Instance));
        Assert.That(Lwm2mContentCodecs.TryGet(ContentFormat.LegacyLwM2mJson, acceptLegacy: false, out _), Is.False);
    }

    [Test]
    public void The_syntax_tier_keeps_every_record_of_a_history_with_its_fields()
    {
        var pack = SenmlJsonCodec.ReadRecords(Encoding.UTF8.GetBytes("[{\"bn\":\"/72/\",\"bt\":25462634,\"n\":\"1/2\",\"v\":22.4,\"t\":-5},{\"n\":\"1/2\",\"v\":22.9,\"t\":-30}]"));

        Assert.That(pack.IsValid, Is.True);
        Assert.That(pack.Records.Select(r => (r.Name, r.Time, r.Number.Double)), Is.EqualTo(new[] { ("1/2", (double?)-5, 22.4), ("1/2", (double?)-30, 22.9) }));
        Assert.That((pack.Records[0].BaseName, pack.Records[0].BaseTime, pack.Records[1].BaseName), Is.EqualTo(("/72/", (double?)25462634, (string?)null)));
    }

    [Test]
    public void Oma_json_base_members_after_the_entries_still_apply_to_every_entry()
    {
        var pack = OmaJsonCodec.ReadRecords(Encoding.UTF8.GetBytes("{\"e\":[{\"n\":\"9\",\"v\":1}],\"bn\":\"/3/0/\",\"bt\":7}"));

        Assert.That((pack.Records[0].BaseName, pack.Records[0].BaseTime, pack.Records[0].BaseNameOffset), Is.EqualTo(("/3/0/", (double?)7, 28)));
    }

    [Test]
    public void Lax_decoding_of_the_printed_object_link_example_keeps_every_other_value()
    {
        var vector = JsonContentVector.All("SenmlJson").Single(v => v.Name == "read-object-links-as-printed");
        var lax = VectorRun.Decode(vector, CoapDecodeMode.Lax, omaJson: false);

        Assert.That(((Lwm2mContent)lax.Value!).Entries.Select(e => e.Path.ToString()).ToList(), Has.Count.EqualTo(11).And.No.Member("/66/1/2"));
    }

    [Test]
    public void Encoding_refuses_what_senml_cannot_carry()
    {
        var codec = SenmlJsonCodec.Instance;
        var emptyInstance = Lwm2mContent.Single(new Lwm2mPath(3), new Lwm2mObject(3, new Lwm2mObjectInstance(0)));
        var outside = Lwm2mContent.Single(new Lwm2mPath(1, 0, 1), new Lwm2mSingleResource(1, Lwm2mValue.Integer(1)));
        var notANumber = Lwm2mContent.Single(new Lwm2mPath(6, 0, 0), new Lwm2mSingleResource(0, Lwm2mValue.Float(double.NaN)));
        var loneSurrogate = Lwm2mContent.Single(new Lwm2mPath(3, 0, 0), new Lwm2mSingleResource(0, Lwm2mValue.String("\ud800")));

        Assert.That(() => codec.Encode(emptyInstance, Device with { RequestPath = new Lwm2mPath(3) }), Throws.ArgumentException.With.Message.Contains("/3/0 is empty"));
        Assert.That(() => codec.Encode(outside, Device), Throws.ArgumentException.With.Message.Contains("outside the request path"));
        Assert.That(() => codec.Encode(notANumber, Device with { RequestPath = Lwm2mPath.Root }), Throws.ArgumentException);
        Assert.That(() => codec.Encode(loneSurrogate, Device), Throws.InstanceOf<ArgumentException>());
        Assert.That(() => SenmlEtchJsonCodec.EncodePaths([]), Throws.ArgumentException);
        Assert.That(() => SenmlJsonCodec.EncodePaths([new Lwm2mPath(3), new Lwm2mPath(3)]), Throws.ArgumentException);
    }

    [Test]
    public void An_empty_node_at_the_request_path_is_an_empty_pack()
    {
        var empty = Lwm2mContent.Single(new Lwm2mPath(3, 0), new Lwm2mObjectInstance(0));

        Assert.That(SenmlJsonCodec.Instance.Encode(empty, Device), Is.EqualTo("[]"u8.ToArray()));
        Assert.That(OmaJsonCodec.Instance.Encode(empty, Device), Is.EqualTo("{\"bn\":\"/3/0/\",\"e\":[]}"u8.ToArray()));
        Assert.That(SenmlJsonCodec.Instance.Encode(Lwm2mContent.Empty, Device with { RequestPath = Lwm2mPath.Root }), Is.EqualTo("[]"u8.ToArray()));
    }

    [Test]
    public void A_patch_decoded_as_plain_content_reports_the_removal()
    {
        var root = Device with { RequestPath = Lwm2mPath.Root };
        byte[] payload = "[{\"n\":\"/3/0/14\",\"vs\":\"+01:00\"},{\"n\":\"/3/0/11/0\",\"v\":null}]"u8.ToArray();
        var strict = SenmlEtchJsonCodec.Instance.Decode(payload, root);
        var lax = SenmlEtchJsonCodec.Instance.Decode(payload, root with { Mode = CoapDecodeMode.Lax });

        Assert.That(strict.Content, Is.Null);
        Assert.That(strict.Errors.Single().Rule, Is.EqualTo(SenmlRuleIds.EtchRemoval));
        Assert.That(lax.Content!.Entries.Select(e => e.Path), Is.EqualTo(new[] { new Lwm2mPath(3, 0, 14) }));
        Assert.That(() => strict.GetContentOrThrow(), Throws.TypeOf<CoapFormatException>());
    }
}
