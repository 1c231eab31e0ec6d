using Harness.Protocol.Coap;
using Harness.Protocol.Coap.Tcp;
using Harness.Runtime.Analysis;
using Harness.Runtime.Analysis.Rules;

namespace Harness.Tests.Runtime.Analysis.Rules;

/// <summary>The rules over CoAP over TCP (RFC 8323): no message layer to judge, tokens still matched, signals ignored.</summary>
public sealed class TcpRuleTests
{
    private static WireTimeline Tcp(params (bool FromClient, CoapMessage Message)[] messages) => new(
        messages.Select((m, i) =>
        {
            var bytes = CoapTcpCodec.Encode(m.Message);
            return new WireMessage
            {
                Index = i,
                FrameNumber = i + 1,
                Time = WireScript.Start + TimeSpan.FromMilliseconds(i),
                Source = m.FromClient ? WireScript.Client : WireScript.Server,
                Destination = m.FromClient ? WireScript.Server : WireScript.Client,
                Transport = WireTransport.Tcp,
                Bytes = bytes,
                Decoded = CoapTcpCodec.Decode(bytes),
            };
        }).ToList(),
        messages.Length);

    private static CoapMessage Message(CoapCode code, byte token, params CoapOption[] options) =>
        new(CoapMessageType.Confirmable, code, 0, token == 0 ? default : new[] { token }, options);

    [Test]
    public void A_TCP_session_with_signals_and_matching_tokens_is_clean()
    {
        var timeline = Tcp(
            (true, Message(CoapCode.Csm, 0)),
            (false, Message(CoapCode.Csm, 0)),
            (true, Msg.Register(0, 0x11).WithType(CoapMessageType.Confirmable).WithMessageId(0)),
            (false, Message(CoapCode.Created, 0x11, CoapOption.FromString(OptionNumber.LocationPath, "rd"), CoapOption.FromString(OptionNumber.LocationPath, "a1"))),
            (false, Message(CoapCode.Ping, 0)),
            (true, Message(CoapCode.Pong, 0)),
            (false, Message(CoapCode.Get, 0x21, CoapOption.FromString(OptionNumber.UriPath, "3"), CoapOption.FromString(OptionNumber.UriPath, "0"), CoapOption.FromString(OptionNumber.UriPath, "0"), Msg.Observe(0))),
            (true, Message(CoapCode.Content, 0x21, Msg.Observe(0), CoapOption.FromUInt(OptionNumber.ContentFormat, 0)).WithPayload("x")),
            (true, Message(CoapCode.Content, 0x21, Msg.Observe(0), CoapOption.FromUInt(OptionNumber.ContentFormat, 0)).WithPayload("y")));

        var findings = WireRuleSet.All.SelectMany(r => r.Check(timeline, WireAnalysisSettings.Default)).ToList();

        Assert.That(timeline.Messages.Select(m => m.Decoded.IsValid), Has.All.True);
        Assert.That(findings, Is.Empty, RuleRun.Describe(findings));
    }

    [Test]
    public void A_TCP_response_with_an_unknown_token_is_a_violation()
    {
        var timeline = Tcp(
            (false, Message(CoapCode.Get, 0x21, CoapOption.FromString(OptionNumber.UriPath, "3"))),
            (true, Message(CoapCode.NotFound, 0x22)));

        var finding = new TokenRule().Check(timeline, WireAnalysisSettings.Default).Single();

        Assert.That(finding.MessageIndexes, Is.EqualTo(new[] { 1 }));
        Assert.That(finding.Description, Does.StartWith("response frame 2 (4.04 Not Found token=22)"));
    }
}
