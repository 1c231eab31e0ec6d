using Harness.Protocol.Coap;
using Harness.Protocol.Lwm2m;
using Harness.Protocol.Lwm2m.Content;
using Harness.Protocol.Lwm2m.Content.Tlv;
using Harness.Protocol.Lwm2m.Nodes;
using Harness.Protocol.Lwm2m.Values;

namespace Harness.Tests.Protocol.Lwm2m.Content.Tlv;

/// <summary>What the vectors do not show: harness misuse, lax recovery, messages, and the syntax tier on its own.</summary>
public class TlvCodecBehaviourTests
{
    private static readonly Lwm2mCodecContext DeviceInstance = Lwm2mCodecContext.For(new Lwm2mPath(3, 0), Lwm2mVersions.V11);

    [Test]
    public void The_root_path_is_a_harness_error_not_a_decoding_result()
    {
        var root = Lwm2mCodecContext.For(Lwm2mPath.Root, Lwm2mVersions.V11);
        Assert.That(() => TlvCodec.Instance.Decode(new byte[] { 0xC1, 0x09, 0x64 }, root), Throws.ArgumentException);
        Assert.That(() => TlvCodec.Instance.Encode(Lwm2mContent.Empty, root), Throws.ArgumentException);
    }

    [Test]
    public void Content_that_does_not_stand_at_the_request_path_is_refused()
    {
        var battery = Lwm2mContent.Single(new Lwm2mPath(3, 0, 9), new Lwm2mSingleResource(9, Lwm2mValue.Integer(100)));
        Assert.That(() => TlvCodec.Instance.Encode(battery, Lwm2mCodecContext.For(new Lwm2mPath(3, 0, 10), Lwm2mVersions.V11)), Throws.ArgumentException);
        Assert.That(TlvCodec.Instance.Encode(battery, DeviceInstance), Is.EqualTo(new byte[] { 0xC1, 0x09, 0x64 }), "a child of the request path is gathered into its parent");
    }

    [Test]
    public void Lax_decoding_keeps_the_valid_siblings_of_a_broken_record()
    {
        byte[] payload = [0xC1, 0x09, 0x64, 0xC3, 0x0A, 0x00, 0x00, 0x0F, 0xC1, 0x10, 0x55];
        var lax = TlvCodec.Instance.Decode(payload, DeviceInstance with { Mode = CoapDecodeMode.Lax });
        var strict = TlvCodec.Instance.Decode(payload, DeviceInstance);

        Assert.That(strict.Errors.Single().ToString(), Does.Contain("resource /3/0/10 typed Integer carries 3 bytes (allowed 1, 2, 4 or 8)"));
        Assert.That(lax.Content!.SingleNode, Is.EqualTo(new Lwm2mObjectInstance(0, new Lwm2mSingleResource(9, Lwm2mValue.Integer(100)), new Lwm2mSingleResource(16, Lwm2mValue.String("U")))));
    }

    [Test]
    public void An_overrun_names_the_declared_and_remaining_lengths_and_the_offset()
    {
        var result = TlvCodec.Instance.Decode(new byte[] { 0xC1, 0x09, 0x64, 0xC5, 0x00, 0x41, 0x42, 0x43, 0x44 }, DeviceInstance);
        var error = result.Errors.Single();

        Assert.That(error.Rule, Is.EqualTo(TlvRuleIds.LengthOverrun));
        Assert.That(error.Offset, Is.EqualTo(3));
        Assert.That(error.Message, Does.Contain("TLV length field says 5 but 4 bytes remain at offset 3"));
        Assert.That(error.Clause, Does.Contain("§7.4.3"));
    }

    [Test]
    public void The_syntax_tier_writes_the_widths_it_is_asked_for_and_reads_them_back()
    {
        var records = new[]
        {
            TlvRecord.Leaf(TlvIdentifierType.ResourceWithValue, 9, [0x64]).WithWidths(2, 3),
            TlvRecord.Container(TlvIdentifierType.MultipleResource, 6, TlvRecord.Leaf(TlvIdentifierType.ResourceInstance, 300, [0x01])),
        };
        byte[] bytes = TlvSyntax.Write(records);
        var parsed = TlvSyntax.Parse(bytes);

        Assert.That(Convert.ToHexStringLower(bytes), Is.EqualTo("f8000900000164" + "8406" + "61012c01"));
        Assert.That(parsed.IsValid, Is.True);
        Assert.That(parsed.Records.Select(r => (r.Type, r.Id, r.IdentifierLength)), Is.EqualTo(new[] { (TlvIdentifierType.ResourceWithValue, 9, 2), (TlvIdentifierType.MultipleResource, 6, 1) }));
        Assert.That(parsed.Records[1].Children.Single().Id, Is.EqualTo(300));
        Assert.That(TlvSyntax.Write(parsed.Records), Is.EqualTo(bytes));
    }

    [Test]
    public void Render_types_values_by_the_model_and_falls_back_to_text()
    {
        byte[] payload = [0xC1, 0x09, 0x64, 0xC1, 0x10, 0x55];
        Assert.That(TlvCodec.Render(payload, DeviceInstance), Does.Contain("= Integer(100) (Battery Level)"));
        Assert.That(TlvCodec.Instance.Render(payload), Does.Contain("Resource 16 @3").And.Contain("= text \"U\""));
    }
}
