using Harness.Protocol.Coap;
using Harness.Protocol.Links;

namespace Harness.Tests.Protocol.Links;

public class LinkFormatWriterTests
{
    [Test]
    public void Links_built_in_code_are_written_as_link_format()
    {
        var links = new[]
        {
            new Link("/").WithQuoted("rt", "oma.lwm2m").With("ct", 11543),
            new Link("/3/0").With("pmin", 10).WithFlag("obs"),
        };

        Assert.That(LinkFormatWriter.Write(links), Is.EqualTo("</>;rt=\"oma.lwm2m\";ct=11543,</3/0>;pmin=10;obs"));
    }

    [Test]
    public void Values_that_are_not_ptokens_are_quoted_and_escaped()
    {
        var link = new Link("/a").With("note", "two words \"quoted\" \\ end");

        Assert.That(link.ToString(), Is.EqualTo("</a>;note=\"two words \\\"quoted\\\" \\\\ end\""));
        Assert.That(LinkFormatParser.ParseOrThrow(link.ToString()).Single().Get("note"), Is.EqualTo("two words \"quoted\" \\ end"));
    }

    [Test]
    public void Anchor_and_title_are_always_quoted()
    {
        Assert.That(new Link("/a").With("title", "x").With("anchor", "/b").ToString(), Is.EqualTo("</a>;title=\"x\";anchor=\"/b\""));
    }

    [TestCase("/with space")]
    [TestCase("/é")]
    public void A_target_that_is_no_URI_reference_is_harness_misuse(string target)
    {
        Assert.Throws<ArgumentException>(() => LinkFormatWriter.Write(new Link(target)));
    }

    [Test]
    public void Names_and_values_the_grammar_cannot_hold_are_harness_misuse()
    {
        Assert.Throws<ArgumentException>(() => LinkFormatWriter.Write(new Link("/a").With("bad name", "1")));
        Assert.Throws<ArgumentException>(() => LinkFormatWriter.Write(new Link("/a").With("v", "line\nbreak")));
    }

    [Test]
    public void Generated_links_survive_write_then_parse()
    {
        var random = new Random(6690);
        for (int round = 0; round < 2000; round++)
        {
            var links = LinkGenerator.Links(random);
            string text = LinkFormatWriter.Write(links);

            var strict = LinkFormatParser.Parse(text);
            var lax = LinkFormatParser.Parse(text, CoapDecodeMode.Lax);

            Assert.That(strict.Errors, Is.Empty, () => $"round {round}: {text}: {string.Join("; ", strict.Errors)}");
            Assert.That(strict.Links, Is.EqualTo(links), $"round {round}: {text}");
            Assert.That(lax.Links, Is.EqualTo(links), $"round {round}: {text}");
            Assert.That(LinkFormatWriter.Write(strict.Links), Is.EqualTo(text));
        }
    }
}
