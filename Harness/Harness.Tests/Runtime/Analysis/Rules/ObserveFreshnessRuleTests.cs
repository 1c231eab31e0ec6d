using Harness.Protocol.Coap;
using Harness.Runtime.Analysis.Rules;
using static Harness.Protocol.Coap.CoapMessageType;

namespace Harness.Tests.Runtime.Analysis.Rules;

/// <summary>WIRE-OBSERVE-FRESH: RFC 7641 §3.4's freshness over the 24-bit space and the 128-second rule.</summary>
public sealed class ObserveFreshnessRuleTests
{
    private static readonly ObserveFreshnessRule Rule = new();

    private static WireScript Observation(params (double At, uint Observe)[] notifications)
    {
        var script = new WireScript().Down(0, Msg.Request(CoapCode.Get, 0x2000, 0x23, "/3/0/13", Msg.Observe(0)));
        ushort mid = 0x0100;
        foreach (var (at, observe) in notifications)
        {
            script.Up(at, Msg.Text(NonConfirmable, mid++, 0x23, "1700000000", Msg.Observe(observe)));
        }

        return script;
    }

    [Test]
    public void Wrapping_around_the_24_bit_space_is_fresh()
    {
        Assert.That(RuleRun.Of(Rule, Observation((10, 0xFFFFFE), (20, 0xFFFFFF), (30, 0), (40, 1))), Is.Empty);
    }

    [Test]
    public void Going_back_within_128_seconds_is_a_violation()
    {
        var findings = RuleRun.Of(Rule, Observation((10, 10), (20, 9)));

        Assert.That(findings.Single().Actual, Is.EqualTo("Observe 9"));
    }

    [Test]
    public void Any_value_is_fresh_more_than_128_seconds_later()
    {
        Assert.That(RuleRun.Of(Rule, Observation((10, 10), (10 + 128_001, 9))), Is.Empty);
    }

    [Test]
    public void A_new_registration_starts_a_new_sequence()
    {
        var script = Observation((10, 10))
            .Down(100, Msg.Request(CoapCode.Get, 0x2001, 0x23, "/3/0/13", Msg.Observe(0)))
            .Up(102, Msg.Text(Acknowledgement, 0x2001, 0x23, "1700000000", Msg.Observe(2)));

        Assert.That(RuleRun.Of(Rule, script), Is.Empty);
    }

    [Test]
    public void A_retransmitted_notification_is_not_stale()
    {
        var notification = Msg.Text(Confirmable, 0x0100, 0x23, "1700000000", Msg.Observe(4));
        var script = Observation().Up(10, notification).Up(2510, notification);

        Assert.That(RuleRun.Of(Rule, script), Is.Empty);
    }

    [Test]
    public void Other_tokens_are_other_observations()
    {
        var script = Observation((10, 10))
            .Down(50, Msg.Request(CoapCode.Get, 0x2001, 0x24, "/3/0/1", Msg.Observe(0)))
            .Up(52, Msg.Text(Acknowledgement, 0x2001, 0x24, "x", Msg.Observe(3)));

        Assert.That(RuleRun.Of(Rule, script), Is.Empty);
    }
}
