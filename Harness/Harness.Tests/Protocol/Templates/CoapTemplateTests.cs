using Harness.Protocol.Coap;
using Harness.Protocol.Templates;

namespace Harness.Tests.Protocol.Templates;

public class CoapTemplateTests
{
    private static readonly CoapMessage Register = new CoapMessage(CoapMessageType.Confirmable, CoapCode.Post, 0x1234, new byte[] { 0xA1, 0xB2 })
        .WithAddedOptions(
            CoapOption.FromString(OptionNumber.UriPath, "rd"),
            CoapOption.FromUInt(OptionNumber.ContentFormat, ContentFormat.LinkFormat),
            CoapOption.FromString(OptionNumber.UriQuery, "ep=node-1"),
            CoapOption.FromString(OptionNumber.UriQuery, "lt=300"))
        .WithPayload("</1/0>,</3/0>");

    [Test]
    public void A_template_with_fixed_fields_and_Any_matches_and_captures_by_name()
    {
        var template = CoapTemplate.Request(CoapCode.Post, "/rd") with
        {
            Token = TemplateField<byte[]>.Capture("token"),
            UriQuery = SegmentListTemplate.InAnyOrder("lt=300", TemplateField<string>.Capture("ep")),
            Payload = PayloadTemplate.Matching(p => p.Span.IndexOf("</3/0>"u8) >= 0, "a link to the Device instance </3/0>"),
        };

        var match = template.Match(Register);

        Assert.That(match.IsMatch, Is.True, match.Explain);
        Assert.That(match.Captures.GetBytes("token"), Is.EqualTo(new byte[] { 0xA1, 0xB2 }));
        Assert.That(match.Captures.GetString("ep"), Is.EqualTo("ep=node-1"));
    }

    [Test]
    public void A_mismatch_names_the_field_what_was_expected_and_what_arrived_with_the_decoded_message()
    {
        var template = (CoapTemplate.Request(CoapCode.Put, "/rd/5") with { Payload = PayloadTemplate.Empty })
            .WithOption(OptionNumber.ContentFormat, OptionTemplate.UInt(ContentFormat.LwM2mTlv))
            .WithoutOption(OptionNumber.Observe);

        var match = template.Match(Register);

        Assert.That(match.IsMatch, Is.False);
        Assert.That(match.Mismatches.Select(m => m.Field), Is.EquivalentTo(new[] { "code", "Uri-Path", "Content-Format", "payload" }));
        var code = match.Mismatches.Single(m => m.Field == "code");
        Assert.That(code.Expected, Is.EqualTo("0.03 PUT"));
        Assert.That(code.Actual, Is.EqualTo("0.02 POST"));
        Assert.That(match.Mismatches.Single(m => m.Field == "Content-Format").Actual, Does.Contain("40"));
        Assert.That(match.Explain(), Does.Contain("actual: CON 0.02 POST").And.Contain("bytes:  42021234a1b2"));
    }

    [Test]
    public void A_predicate_mismatch_quotes_its_description_and_the_payload_text()
    {
        var template = new CoapTemplate { Payload = PayloadTemplate.Matching(p => p.Length > 100, "more than 100 bytes") };

        var mismatch = template.Match(Register).Mismatches.Single();

        Assert.That(mismatch.ToString(), Is.EqualTo("payload: expected more than 100 bytes, got \"</1/0>,</3/0>\" (0x3c2f312f303e2c3c2f332f303e)"));
    }

    [Test]
    public void A_bound_capture_must_match_the_same_value_again()
    {
        var template = new CoapTemplate { Token = TemplateField<byte[]>.Capture("token") };
        var bound = new TemplateCaptures().Set("token", new byte[] { 0x01 });

        var match = template.Match(Register, bound);

        Assert.That(match.IsMatch, Is.False);
        Assert.That(match.Mismatches.Single().Expected, Is.EqualTo("0x01 (captured as 'token')"));
        Assert.That(match.Captures, Is.SameAs(bound), "a failed match binds nothing new");
    }

    [Test]
    public void Absent_options_and_counts_of_instances_are_checked()
    {
        var template = new CoapTemplate()
            .WithOption(OptionNumber.ContentFormat, OptionTemplate.Absent);
        var strict = CoapTemplate.From(Register.WithoutOption(OptionNumber.ContentFormat));

        Assert.That(template.Match(Register).Mismatches.Single().ToString(), Is.EqualTo("Content-Format: expected absent, got 1 instance(s): 40"));
        Assert.That(strict.Match(Register).Mismatches.Single().ToString(), Is.EqualTo("Content-Format: expected absent (not in the template), got 40"));
    }

    [Test]
    public void The_template_taken_from_a_message_matches_it_whatever_its_id_and_token()
    {
        var template = CoapTemplate.From(Register);

        Assert.That(template.Match(Register.WithMessageId(7).WithToken(new byte[] { 9 })).IsMatch, Is.True);
        Assert.That(template.Match(Register.WithPayload("</1/0>")).IsMatch, Is.False);
    }

    [Test]
    public void Building_fills_captures_by_name_and_defaults_the_rest()
    {
        var template = CoapTemplate.Request(CoapCode.Post, "/rd") with
        {
            UriPath = SegmentListTemplate.Exactly("rd", TemplateField<string>.Capture("location")),
            Token = TemplateField<byte[]>.Capture("token"),
        };
        var captures = new TemplateCaptures().Set("location", "5a3f").Set("token", new byte[] { 0xCC });

        var built = template.Build(captures);

        Assert.That(built.Type, Is.EqualTo(CoapMessageType.Confirmable));
        Assert.That(built.UriPath, Is.EqualTo("/rd/5a3f"));
        Assert.That(built.Token.ToArray(), Is.EqualTo(new byte[] { 0xCC }));
        Assert.That(built.MessageId, Is.Zero);
        Assert.That(built.Payload.IsEmpty, Is.True);
    }

    [Test]
    public void The_same_template_built_and_matched_gives_back_its_message()
    {
        var template = CoapTemplate.From(Register) with { MessageId = (ushort)0x1234, Token = new byte[] { 0xA1, 0xB2 } };

        var built = template.Build();

        Assert.That(built, Is.EqualTo(Register));
        Assert.That(template.Match(built).IsMatch, Is.True);
    }

    [Test]
    public void What_cannot_be_built_is_refused_with_the_field_named()
    {
        Assert.That(() => new CoapTemplate().Build(), Throws.InvalidOperationException.With.Message.Contains("code is Any"));
        Assert.That(
            () => new CoapTemplate { Code = CoapCode.Get }.WithOption(OptionNumber.ETag, OptionTemplate.PresentAnyValue()).Build(),
            Throws.InvalidOperationException.With.Message.Contains("ETag"));
        Assert.That(
            () => new CoapTemplate { Code = CoapCode.Get, Payload = PayloadTemplate.Matching(_ => true, "anything") }.Build(),
            Throws.InvalidOperationException.With.Message.Contains("predicate"));
    }

    [Test]
    public void An_unbound_capture_builds_the_default()
    {
        var built = new CoapTemplate { Code = CoapCode.Get, Token = TemplateField<byte[]>.Capture("token") }.Build();

        Assert.That(built.Token.IsEmpty, Is.True);
    }
}
