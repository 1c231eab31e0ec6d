using System.Text;
using Harness.Protocol.Coap;
using Harness.Protocol.Links;

namespace Harness.Tests.Protocol.Links;

public class LinkFormatParserTests
{
    [Test]
    public void An_empty_payload_is_an_empty_list()
    {
        Assert.That(LinkFormatParser.ParseOrThrow(string.Empty), Is.Empty);
    }

    [Test]
    public void Strict_errors_are_thrown_as_the_parsers_own_exception()
    {
        var exception = Assert.Throws<LinkFormatException>(() => LinkFormatParser.ParseOrThrow("</1>;rt=\"x"));

        Assert.That(exception.Error.Rule, Is.EqualTo("LINK-UNTERMINATED-QUOTE"));
        Assert.That(exception.Error.Offset, Is.EqualTo(8));
        Assert.That(exception.Message, Does.Contain("RFC 6690 §2"));
    }

    [Test]
    public void Offsets_count_bytes_not_characters()
    {
        // "é" is two UTF-8 bytes, so the space after the quoted value is at byte 15.
        var result = LinkFormatParser.Parse("</1>;title=\"café\" x");

        Assert.That(result.FirstError?.Rule, Is.EqualTo("LINK-WHITESPACE"));
        Assert.That(result.FirstError?.Offset, Is.EqualTo(18));
        Assert.That(Encoding.UTF8.GetByteCount("</1>;title=\"café\""), Is.EqualTo(18));
    }

    [Test]
    public void Lax_parsing_skips_only_the_broken_parameter()
    {
        var result = LinkFormatParser.Parse("</3/0>;pmin=;pmax=60;(x);obs,</3/1>", CoapDecodeMode.Lax);

        Assert.That(result.Errors.Select(e => e.Rule), Is.EqualTo(new[] { "LINK-ATTR-VALUE-EMPTY", "LINK-ATTR-NAME" }));
        Assert.That(result.Links, Has.Count.EqualTo(2));
        Assert.That(result.Links[0].Parameters.Select(p => p.Name), Is.EqualTo(new[] { "pmax", "obs" }));
        Assert.Throws<LinkFormatException>(() => result.GetLinksOrThrow());
    }

    [Test]
    public void Lax_parsing_reads_line_broken_payloads_as_printed_in_specifications()
    {
        var result = LinkFormatParser.Parse("</sensors/temp>;if=\"sensor\",\n   </sensors/light>;if=\"sensor\"", CoapDecodeMode.Lax);

        Assert.That(result.Links.Select(l => l.Target), Is.EqualTo(new[] { "/sensors/temp", "/sensors/light" }));
        Assert.That(result.Errors.Single().Rule, Is.EqualTo("LINK-WHITESPACE"));
    }

    [Test]
    public void A_comma_inside_a_quoted_value_does_not_split_links_when_recovering()
    {
        var result = LinkFormatParser.Parse("x;t=\"a,b\",</2>", CoapDecodeMode.Lax);

        Assert.That(result.Links.Single().Target, Is.EqualTo("/2"));
    }

    [Test]
    public void Link_offsets_point_at_the_opening_angle_bracket()
    {
        var links = LinkFormatParser.ParseOrThrow("</1>;ver=1.1,</3/0>");

        Assert.That(links.Select(l => l.Offset), Is.EqualTo(new[] { 0, 13 }));
    }

    [TestCase("</1>;ct=\"40 50\"", true)]
    [TestCase("</1>;ct=\" 40\"", false)]
    [TestCase("</1>;ct=\"\"", false)]
    [TestCase("</1>;ct=0", true)]
    [TestCase("</1>;ct=-1", false)]
    [TestCase("</1>;anchor=/x", false)]
    [TestCase("</1>;anchor=\"/x\"", true)]
    [TestCase("</1>;title*=UTF-8''%E2%82%AC", true)]
    [TestCase("</1>;title*=plain", false)]
    [TestCase("</1>;title*", false)]
    [TestCase("</1>;rt=\"a\\\\b\"", true)]
    [TestCase("</%41>", true)]
    [TestCase("</é>", false)]
    public void Attribute_value_rules(string payload, bool valid)
    {
        var result = LinkFormatParser.Parse(payload);

        Assert.That(result.IsValid, Is.EqualTo(valid), () => string.Join("; ", result.Errors));
    }

    [Test]
    public void Typed_accessors_read_LwM2M_values()
    {
        var link = LinkFormatParser.ParseOrThrow("</3/0/7>;dim=8;gt=50;lt=42.2;obs").Single();

        Assert.That(link.GetInteger(LwM2mLinkAttributes.Dimension), Is.EqualTo(8));
        Assert.That(link.GetNumber(LwM2mLinkAttributes.LessThan), Is.EqualTo(42.2));
        Assert.That(link.Has(LwM2mLinkAttributes.Observable), Is.True);
        Assert.That(link.Get(LwM2mLinkAttributes.Observable), Is.Null);
        Assert.That(link.GetInteger("pmin"), Is.Null);
    }
}
