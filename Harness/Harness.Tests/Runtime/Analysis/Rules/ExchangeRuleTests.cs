using Harness.Protocol.Coap;
using Harness.Runtime.Analysis;
using Harness.Runtime.Analysis.Rules;
using static Harness.Protocol.Coap.CoapMessageType;

namespace Harness.Tests.Runtime.Analysis.Rules;

/// <summary>WIRE-ACK-MID, WIRE-TOKEN and WIRE-DUPLICATE on the message-layer cases that are easy to get wrong.</summary>
public sealed class ExchangeRuleTests
{
    [Test]
    public void A_reset_may_answer_a_NON_but_an_ack_may_not()
    {
        var notification = Msg.Text(NonConfirmable, 0x0100, 0x23, "1", Msg.Observe(2));
        var reset = new WireScript().Up(0, notification).Down(5, Msg.Reset(0x0100));
        var ack = new WireScript().Up(0, notification).Down(5, Msg.EmptyAck(0x0100));

        Assert.That(RuleRun.Of(new AckMatchingRule(), reset), Is.Empty);
        Assert.That(RuleRun.Of(new AckMatchingRule(), ack).Single().Culprit, Is.EqualTo(WireScript.Server));
    }

    [Test]
    public void An_ack_after_EXCHANGE_LIFETIME_matches_nothing()
    {
        var script = new WireScript()
            .Down(0, Msg.Request(CoapCode.Get, 0x2000, 0x21, "/3/0/0"))
            .Up(248_000, Msg.Text(Acknowledgement, 0x2000, 0x21, "x"));

        Assert.That(RuleRun.Of(new AckMatchingRule(), script), Has.Count.EqualTo(1));
    }

    [Test]
    public void Separate_and_NON_responses_match_by_token()
    {
        var script = new WireScript()
            .Down(0, Msg.Request(CoapCode.Get, 0x2000, 0x21, "/3/0/0"))
            .Up(2, Msg.EmptyAck(0x2000))
            .Up(50, Msg.Text(Confirmable, 0x0100, 0x21, "x"))
            .Down(52, Msg.EmptyAck(0x0100))
            .Down(100, new CoapMessage(NonConfirmable, CoapCode.Get, 0x2001, new byte[] { 0x22 }, [CoapOption.FromString(OptionNumber.UriPath, "3"), CoapOption.FromString(OptionNumber.UriPath, "0"), CoapOption.FromString(OptionNumber.UriPath, "0")]))
            .Up(102, Msg.Text(NonConfirmable, 0x0101, 0x22, "x"));

        Assert.That(WireRuleSet.All.SelectMany(r => r.Check(script.Timeline(), WireAnalysisSettings.Default)), Is.Empty);
    }

    [Test]
    public void A_separate_response_with_an_unknown_token_is_a_violation()
    {
        var script = new WireScript()
            .Down(0, Msg.Request(CoapCode.Get, 0x2000, 0x21, "/3/0/0"))
            .Up(2, Msg.EmptyAck(0x2000))
            .Up(50, Msg.Text(Confirmable, 0x0100, 0x29, "x"));

        Assert.That(RuleRun.Of(new TokenRule(), script).Single().Actual, Is.EqualTo("token 29"));
    }

    [Test]
    public void Duplicates_answered_alike_are_clean()
    {
        var script = new WireScript()
            .Down(0, Msg.Request(CoapCode.Get, 0x2000, 0x21, "/3/0/0"))
            .Up(2, Msg.EmptyAck(0x2000))
            .Down(2000, Msg.Request(CoapCode.Get, 0x2000, 0x21, "/3/0/0"))
            .Up(2002, Msg.EmptyAck(0x2000));

        Assert.That(RuleRun.Of(new DuplicateAnswerRule(), script), Is.Empty);
    }

    [Test]
    public void A_reset_to_a_malformed_CON_answers_it()
    {
        // A negative test's CON with a payload marker and no payload (COAP-PAYLOAD-MARKER-EMPTY), rejected by RST.
        var script = new WireScript()
            .Add(0, WireScript.Server, WireScript.Client, [0x40, 0x01, 0x30, 0x00, 0xFF])
            .Up(2, Msg.Reset(0x3000));

        Assert.That(RuleRun.Of(new AckMatchingRule(), script), Is.Empty);
    }
}
