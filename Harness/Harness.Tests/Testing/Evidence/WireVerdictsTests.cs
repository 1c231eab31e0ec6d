using System.Net;
using Harness.Runtime.Analysis;
using Harness.Runtime.Analysis.Text;
using Harness.Runtime.Analysis.Timeline;
using Harness.Runtime.Capture;
using Harness.Testing.Evidence;
using Harness.Testing.Verdicts;

namespace Harness.Tests.Testing.Evidence;

public sealed class WireVerdictsTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 23, 2, 0, 0, TimeSpan.Zero);
    private static readonly IPEndPoint Dut = new(IPAddress.Loopback, 40000);
    private static readonly IPEndPoint Harness = new(IPAddress.Loopback, 5683);

    private static readonly StepRecord[] Steps =
    [
        new(0, "preamble", T0, T0.AddSeconds(1)),
        new(1, "Register", T0.AddSeconds(1), T0.AddSeconds(2)),
        new(2, "Update", T0.AddSeconds(2), T0.AddSeconds(3)),
    ];

    [Test]
    public void Violations_fail_warnings_are_inconclusive_and_a_broken_rule_is_an_error()
    {
        var report = WireAnalyzer.Analyze(Timeline(), [new EveryMessage(WireFindingSeverity.Violation), new EveryMessage(WireFindingSeverity.Warning), new Broken()], WireAnalysisSettings.Default);

        var checks = WireVerdicts.Judge(report, Steps);

        Assert.That(checks.Select(check => (check.Verdict, check.Step)), Is.EquivalentTo(new (Verdict, int?)[]
        {
            (Verdict.Fail, 1), (Verdict.Fail, 2), (Verdict.Inconclusive, 1), (Verdict.Inconclusive, 2), (Verdict.Error, null),
        }));
        Assert.That(checks[0].Reason, Is.EqualTo("wire [EVERY-Violation]: message 0"));
        Assert.That(checks[0].SpecClause, Is.EqualTo("clause Violation"));
        Assert.That(checks.Single(check => check.Verdict == Verdict.Error).Reason, Does.Contain("BROKEN").And.Contain("rule bug"));
        Assert.That(VerdictCombination.Worst(checks.Select(check => check.Verdict)), Is.EqualTo(Verdict.Error));
    }

    [Test]
    public void A_clean_capture_is_one_pass_naming_the_messages()
    {
        var checks = WireVerdicts.Judge(WireAnalyzer.Analyze(Timeline(), [], WireAnalysisSettings.Default), Steps);

        Assert.That(checks.Select(check => (check.Verdict, check.Reason)), Is.EqualTo(new[] { (Verdict.Pass, "wire analysis: 2 messages, no violation") }));
    }

    [Test]
    public void The_timeline_text_has_a_line_per_message_with_its_comment_and_the_reader_notes()
    {
        var timeline = WireTimelineReader.FromFrames(
        [
            new CapturedFrame(T0, PcapLinkType.Raw, IpPacketBuilder.Udp(Dut, Harness, [0x40, 0x02, 0x00, 0x01]), "step 1: Register"),
            new CapturedFrame(T0.AddSeconds(0.25), PcapLinkType.Raw, IpPacketBuilder.Udp(Harness, Dut, [0x40, 0x02, 0x00])),
        ]);

        var lines = WireTimelineText.Render(timeline).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.That(lines[0], Is.EqualTo("2 CoAP messages in 2 frames"));
        Assert.That(lines[1], Is.EqualTo("== step 1: Register"));
        Assert.That(lines[2], Does.StartWith("+0.000000 s #1 127.0.0.1:40000 → 127.0.0.1:5683 UDP CON 0.02 POST"));
        Assert.That(lines[3], Does.StartWith("+0.250000 s #2 ").And.Contain("undecodable"));
    }

    // A CON POST in step 1 and a CON POST in step 2, both from the DUT.
    private static WireTimeline Timeline() => WireTimelineReader.FromFrames(
    [
        new CapturedFrame(T0.AddSeconds(1.5), PcapLinkType.Raw, IpPacketBuilder.Udp(Dut, Harness, [0x40, 0x02, 0x00, 0x01])),
        new CapturedFrame(T0.AddSeconds(2.5), PcapLinkType.Raw, IpPacketBuilder.Udp(Dut, Harness, [0x40, 0x02, 0x00, 0x02])),
    ]);

    private sealed class EveryMessage(WireFindingSeverity severity) : IWireRule
    {
        public string Id => $"EVERY-{severity}";

        public string Clause => $"clause {severity}";

        public string Title => "flags every message";

        public IEnumerable<WireFinding> Check(WireTimeline timeline, WireAnalysisSettings settings) =>
            timeline.Messages.Select(message => new WireFinding
            {
                RuleId = Id,
                Clause = Clause,
                Severity = severity,
                Description = $"message {message.Index}",
                MessageIndexes = [message.Index],
            });
    }

    private sealed class Broken : IWireRule
    {
        public string Id => "BROKEN";

        public string Clause => "none";

        public string Title => "throws";

        public IEnumerable<WireFinding> Check(WireTimeline timeline, WireAnalysisSettings settings) => throw new InvalidOperationException("rule bug");
    }
}
