using Harness.Protocol.Coap;
using Harness.Protocol.Lwm2m;
using Harness.Protocol.Lwm2m.Content;
using Harness.Protocol.Lwm2m.Content.Cbor;
using Harness.Protocol.Lwm2m.Content.Lwm2mCbor;
using Harness.Protocol.Lwm2m.Content.SenmlCbor;

namespace Harness.Tests.Protocol.Lwm2m.Content.SenmlCbor;

/// <summary>Findings and renderings the vectors do not show.</summary>
public class SenmlCborBehaviourTests
{
    [Test]
    public void A_composite_request_record_with_a_value_is_a_should_finding_and_the_path_is_kept()
    {
        var payload = SenmlCborWriter.Write([new SenmlRecord { Name = "/3/0/9", Value = WireValue.FromInteger(1) }]);

        var result = SenmlCborCodec.DecodePaths(payload);

        Assert.That(result.IsValid, Is.True);
        Assert.That(result.Paths, Is.EqualTo(new[] { new Lwm2mPath(3, 0, 9) }));
        Assert.That(result.Errors.Select(e => (e.Rule, e.Level)), Is.EqualTo(new[] { (SenmlCborRuleIds.RequestValue, RequirementLevel.Should) }));
    }

    [Test]
    public void A_resource_the_known_object_does_not_define_is_typed_from_the_wire_with_a_should_finding()
    {
        var payload = SenmlCborWriter.Write([new SenmlRecord { Name = "/3/0/900", StringValue = "x" }]);

        var result = SenmlCborCodec.Instance.Decode(payload, Lwm2mCodecContext.For(Lwm2mPath.Root, Lwm2mVersions.V11));

        Assert.That(result.IsValid, Is.True);
        Assert.That(result.Content!.Entries.Single().Node.ToString(), Is.EqualTo("Resource 900 = String(\"x\")"));
        Assert.That(result.Errors.Single().Rule, Is.EqualTo(ContentRuleIds.ResourceUnknown));
    }

    [Test]
    public void Lax_decoding_keeps_the_good_records_and_lists_every_violation()
    {
        var payload = SenmlCborWriter.Write([
            new SenmlRecord { BaseName = "/3/0/", Name = "9", Value = WireValue.FromFloat(1.5) },
            new SenmlRecord { Name = "10", Value = WireValue.FromInteger(15) },
            new SenmlRecord { Name = "14" },
        ]);

        var result = SenmlCborCodec.Instance.Decode(payload, Lwm2mCodecContext.For(new Lwm2mPath(3, 0), Lwm2mVersions.V11) with { Mode = CoapDecodeMode.Lax });

        Assert.That(result.Errors.Select(e => e.Rule), Is.EqualTo(new[] { ContentRuleIds.ValueType, SenmlCborRuleIds.ValueMissing }));
        Assert.That(result.Content!.SingleNode.ToString(), Is.EqualTo("Instance 0 { Resource 10 = Integer(15) }"));
    }

    [Test]
    public void Rendering_shows_diagnostic_notation_and_the_resolved_records()
    {
        var payload = Convert.FromHexString("82a321652f332f302f00613902186ba200623134036131");

        var text = SenmlCborCodec.Instance.Render(payload);

        Assert.That(text, Does.StartWith("[{-2: \"/3/0/\", 0: \"9\", 2: 107}, {0: \"14\", 3: \"1\"}]"));
        Assert.That(text, Does.Contain("/3/0/9").And.Contain("v 107").And.Contain("/3/0/14").And.Contain("vs \"1\""));
    }

    [Test]
    public void Rendering_bytes_that_are_not_cbor_shows_the_error_and_the_hex()
    {
        var text = SenmlCborCodec.Instance.Render(new byte[] { 0x82, 0x01, 0x1c });

        Assert.That(text, Does.Contain("at byte 2").And.Contain("hex: 82011c"));
    }

    [Test]
    public void Diagnostic_notation_shows_float_widths_indefinite_lengths_tags_and_simple_values()
    {
        var payload = Convert.FromHexString("9ff93e00fa47c35000fb3ff199999999999ac11a5182428f5f4101ff7f6161ff40f6f7f4f5ff");

        Assert.That(CborDiagnosticNotation.Render(payload),
            Is.EqualTo("[_ 1.5_1, 100000.0_2, 1.1_3, 1(1367491215), (_ h'01'), (_ \"a\"), h'', null, undefined, false, true]"));
    }

    [Test]
    public void The_registry_finds_each_codec_by_content_format()
    {
        Assert.That(Lwm2mContentCodecs.TryGet(ContentFormat.SenmlCbor, out var senml), Is.True);
        Assert.That(senml, Is.SameAs(SenmlCborCodec.Instance));
        Assert.That(Lwm2mContentCodecs.TryGet(ContentFormat.SenmlEtchCbor, out var etch) && etch is SenmlEtchCborCodec, Is.True);
        Assert.That(Lwm2mContentCodecs.TryGet(ContentFormat.LwM2mCbor, out var cbor) && cbor is Lwm2mCborCodec, Is.True);
        Assert.That(Lwm2mContentCodecs.All.Select(c => c.ContentFormat), Is.Unique);
    }
}
