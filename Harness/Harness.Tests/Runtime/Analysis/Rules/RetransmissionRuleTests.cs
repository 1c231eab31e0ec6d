using System.Net;
using Harness.Protocol.Coap;
using Harness.Runtime.Analysis;
using Harness.Runtime.Analysis.Rules;
using Harness.Runtime.Coap;

namespace Harness.Tests.Runtime.Analysis.Rules;

/// <summary>WIRE-RETRANSMIT against RFC 7252 §4.2's back-off for the default parameters (ACK_TIMEOUT 2 s, factor 1.5, MAX_RETRANSMIT 4).</summary>
public sealed class RetransmissionRuleTests
{
    private static readonly RetransmissionRule Rule = new();

    private static WireScript Copies(params double[] times)
    {
        var script = new WireScript();
        foreach (var time in times)
        {
            script.Up(time, Msg.Request(CoapCode.Post, 0x0105, 0x12, "/rd/a1"));
        }

        return script;
    }

    [Test]
    public void Back_off_within_the_bounds_is_clean()
    {
        // Intervals 2.5, 5, 10, 20 s: the initial timeout 2.5 s doubled each time.
        Assert.That(RuleRun.Of(Rule, Copies(0, 2500, 7500, 17500, 37500)), Is.Empty);
    }

    [TestCase(1985, 0)]
    [TestCase(1970, 1)]
    public void An_early_copy_is_a_violation_beyond_the_timing_tolerance(double interval, int expected)
    {
        var findings = RuleRun.Of(Rule, Copies(0, interval));

        Assert.That(findings, Has.Count.EqualTo(expected));
        Assert.That(findings, Has.All.Matches<WireFinding>(f => f.Severity == WireFindingSeverity.Violation && f.MessageIndexes[0] == 1));
    }

    [Test]
    public void A_late_copy_is_only_a_warning()
    {
        var findings = RuleRun.Of(Rule, Copies(0, 3100));

        Assert.That(findings.Select(f => f.Severity), Is.EqualTo(new[] { WireFindingSeverity.Warning }));
        Assert.That(findings[0].Actual, Does.StartWith("3100 ms"));
    }

    [Test]
    public void More_than_MAX_RETRANSMIT_copies_is_a_violation()
    {
        var findings = RuleRun.Of(Rule, Copies(0, 2000, 6000, 14000, 30000, 62000));

        Assert.That(findings.Single().Description, Does.Contain("5 times, more than MAX_RETRANSMIT (4)"));
    }

    [Test]
    public void A_request_sent_again_with_a_new_message_id_is_not_a_retransmission()
    {
        var script = new WireScript()
            .Up(0, Msg.Request(CoapCode.Post, 0x0105, 0x12, "/rd/a1"))
            .Up(300, Msg.Request(CoapCode.Post, 0x0106, 0x12, "/rd/a1"));

        Assert.That(RuleRun.Of(Rule, script), Is.Empty);
    }

    [Test]
    public void A_copy_after_the_ack_was_on_the_wire_is_a_violation()
    {
        var script = Copies(0)
            .Down(100, Msg.Ack(CoapCode.Changed, 0x0105, 0x12))
            .Up(2500, Msg.Request(CoapCode.Post, 0x0105, 0x12, "/rd/a1"));

        var findings = RuleRun.Of(Rule, script);

        Assert.That(findings.Single().Description, Does.Contain("already answered"));
        Assert.That(findings[0].MessageIndexes, Is.EqualTo(new[] { 2, 1 }));
    }

    [Test]
    public void A_copy_crossing_the_ack_within_the_tolerance_is_clean()
    {
        var script = Copies(0)
            .Down(2490, Msg.Ack(CoapCode.Changed, 0x0105, 0x12))
            .Up(2500, Msg.Request(CoapCode.Post, 0x0105, 0x12, "/rd/a1"));

        Assert.That(RuleRun.Of(Rule, script), Is.Empty);
    }

    [Test]
    public void Bounds_follow_the_configured_parameters()
    {
        var settings = new WireAnalysisSettings { Transmission = new CoapTransmissionSettings { AckTimeout = TimeSpan.FromMilliseconds(500) } };

        Assert.That(RuleRun.Of(Rule, Copies(0, 600, 1800), settings), Is.Empty);
        Assert.That(RuleRun.Of(Rule, Copies(0, 600, 1800)), Has.Count.EqualTo(2));
    }

    [Test]
    public void The_harness_copies_are_not_judged()
    {
        var settings = new WireAnalysisSettings { HarnessEndpoints = new HashSet<IPEndPoint> { WireScript.Client } };

        Assert.That(RuleRun.Of(Rule, Copies(0, 100), settings), Is.Empty);
    }
}
