using System.Text;
using Harness.Protocol.Coap;
using Harness.Runtime.Analysis;
using Harness.Runtime.Analysis.Rules;
using static Harness.Protocol.Coap.CoapMessageType;

namespace Harness.Tests.Runtime.Analysis.Rules;

/// <summary>WIRE-CONTENT-FORMAT: payloads read in their Content-Format with the suite's codecs.</summary>
public sealed class ContentFormatRuleTests
{
    private static readonly ContentFormatRule Rule = new();

    private static WireScript Read(string path, CoapMessage answer) => new WireScript()
        .Down(0, Msg.Request(CoapCode.Get, 0x2000, 0x21, path))
        .Up(2, answer);

    [Test]
    public void Valid_payloads_in_every_judged_format_are_clean()
    {
        Assert.Multiple(() =>
        {
            Assert.That(RuleRun.Of(Rule, Read("/3/0", Msg.Content(Acknowledgement, 0x2000, 0x21, ContentFormat.LwM2mTlv, ReferenceCaptures.DeviceTlv))), Is.Empty);
            Assert.That(RuleRun.Of(Rule, Read("/3/0/0", Msg.Content(Acknowledgement, 0x2000, 0x21, ContentFormat.SenmlJson, Encoding.UTF8.GetBytes("[{\"bn\":\"/3/0/0\",\"vs\":\"OMA\"}]")))), Is.Empty);
            Assert.That(RuleRun.Of(Rule, Read("/3", Msg.Content(Acknowledgement, 0x2000, 0x21, ContentFormat.LinkFormat, Encoding.UTF8.GetBytes("</3>,</3/0>")))), Is.Empty);
            Assert.That(RuleRun.Of(Rule, Read("/3/0/0", Msg.Text(Acknowledgement, 0x2000, 0x21, "Open Mobile Alliance"))), Is.Empty);
        });
    }

    [Test]
    public void An_empty_TLV_is_a_valid_document()
    {
        Assert.That(RuleRun.Of(Rule, Read("/3/0", Msg.Content(Acknowledgement, 0x2000, 0x21, ContentFormat.LwM2mTlv, []))), Is.Empty);
    }

    [Test]
    public void Malformed_SenML_JSON_names_the_codec_rule()
    {
        var finding = RuleRun.Of(Rule, Read("/3/0/0", Msg.Content(Acknowledgement, 0x2000, 0x21, ContentFormat.SenmlJson, Encoding.UTF8.GetBytes("[{\"bn\":")))).Single();

        Assert.That(finding.Severity, Is.EqualTo(WireFindingSeverity.Violation));
        Assert.That(finding.Actual, Does.StartWith("SENML-"));
    }

    [Test]
    public void Text_that_is_not_UTF8_is_a_violation()
    {
        var finding = RuleRun.Of(Rule, Read("/3/0/0", Msg.Content(Acknowledgement, 0x2000, 0x21, ContentFormat.TextPlain, [0xC3, 0x28]))).Single();

        Assert.That(finding.Actual, Does.StartWith("TEXT-UTF8"));
    }

    [Test]
    public void A_Register_with_broken_link_format_is_a_violation()
    {
        var register = Msg.Register(0x0100, 0x11).WithPayload("</1/0");

        Assert.That(RuleRun.Of(Rule, new WireScript().Up(0, register)), Has.Count.EqualTo(1));
    }

    [Test]
    public void A_Content_payload_without_Content_Format_is_a_warning()
    {
        var answer = Msg.Ack(CoapCode.Content, 0x2000, 0x21).WithPayload("Open Mobile Alliance");

        Assert.That(RuleRun.Of(Rule, Read("/3/0/0", answer)).Single().Severity, Is.EqualTo(WireFindingSeverity.Warning));
    }

    [Test]
    public void Error_diagnostics_and_blocks_are_not_judged_as_documents()
    {
        var diagnostic = Msg.Ack(CoapCode.NotFound, 0x2000, 0x21, CoapOption.FromUInt(OptionNumber.ContentFormat, ContentFormat.LwM2mTlv)).WithPayload("no such object");
        var block = Msg.Content(Acknowledgement, 0x2000, 0x21, ContentFormat.LwM2mTlv, ReferenceCaptures.DeviceTlv[..16], Msg.Block2(0, true, 16));

        Assert.That(RuleRun.Of(Rule, Read("/3/0", diagnostic)), Is.Empty);
        Assert.That(RuleRun.Of(Rule, Read("/3/0", block)), Is.Empty);
    }

    [Test]
    public void Execute_arguments_are_not_a_resource_value()
    {
        var execute = Msg.Request(CoapCode.Post, 0x0100, 0x11, "/3/0/4", CoapOption.FromUInt(OptionNumber.ContentFormat, ContentFormat.TextPlain)).WithPayload("0='now'");

        Assert.That(RuleRun.Of(Rule, new WireScript().Up(0, execute)), Is.Empty);
    }
}
