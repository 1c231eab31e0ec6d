using System.Net;
using Harness.Protocol.Coap;
using Harness.Runtime.Analysis;
using Harness.Runtime.Capture;
using Harness.Tests.Runtime.Analysis.Support;
using Harness.Tests.Runtime.Analysis.Timeline;

namespace Harness.Tests.Runtime.Analysis;

public class WireAnalyzerTests
{
    private static readonly IPEndPoint Client = new(IPAddress.Loopback, 40000);
    private static readonly IPEndPoint Server = new(IPAddress.Loopback, 5683);

    private static List<CapturedFrame> Frames(int count) =>
        [.. CoapTrafficSample.Messages(count, Client, Server).Select((m, i) =>
            new CapturedFrame(DateTimeOffset.UnixEpoch.AddSeconds(i), PcapLinkType.Raw, IpPacketBuilder.Udp(m.From, m.To, CoapUdpCodec.Encode(m.Message))))];

    [Test]
    public void Findings_are_sorted_by_message_counted_per_rule_and_a_throwing_rule_is_reported_not_thrown()
    {
        var timeline = Harness.Runtime.Analysis.Timeline.WireTimelineReader.FromFrames(Frames(6));
        IWireRule[] rules = [new AcksFromTheEnd(), new Throws(), new NeverFires(), new Summary()];

        var report = WireAnalyzer.Analyze(timeline, rules, WireAnalysisSettings.Default);

        var acks = timeline.Messages.Where(m => m.Message!.Type == CoapMessageType.Acknowledgement).Select(m => m.Index).ToList();
        Assert.That(acks, Has.Count.GreaterThanOrEqualTo(2));
        Assert.That(report.Findings.Select(f => f.RuleId), Is.EqualTo(acks.Select(_ => "T-ACK").Append("T-SUMMARY")));
        Assert.That(report.Findings.Take(acks.Count).Select(f => f.MessageIndexes[0]), Is.EqualTo(acks));
        Assert.That(report.FindingsPerRule, Is.EquivalentTo(new Dictionary<string, int> { ["T-ACK"] = acks.Count, ["T-NEVER"] = 0, ["T-SUMMARY"] = 1 }));
        Assert.That(report.RuleFailures.Select(f => f.ToString()), Is.EqualTo(new[] { "T-THROWS threw InvalidOperationException: rule bug" }));
        Assert.That(report.HasViolations, Is.True);
        Assert.That(report.Timeline, Is.SameAs(timeline));
    }

    [Test]
    public void Analyzes_a_capture_file_by_path()
    {
        string path = WireTimelineUdpTests.Write(Frames(10));
        try
        {
            var report = WireAnalyzer.Analyze(path, [new AcksFromTheEnd()], WireAnalysisSettings.Default);

            Assert.That(report.Timeline.Messages, Has.Count.EqualTo(10));
            Assert.That(report.Findings, Is.Not.Empty);
            Assert.That(report.Findings.All(f => f.Culprit!.Equals(f.RuleId == "T-ACK" ? report.Timeline.Messages[f.MessageIndexes[0]].Source : null)), Is.True);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>One finding per ACK, produced last message first so that the analyzer has to sort.</summary>
    private sealed class AcksFromTheEnd : IWireRule
    {
        public string Id => "T-ACK";

        public string Clause => "test";

        public string Title => "every ACK";

        public IEnumerable<WireFinding> Check(WireTimeline timeline, WireAnalysisSettings settings) =>
            timeline.Messages.Reverse().Where(m => m.Message?.Type == CoapMessageType.Acknowledgement).Select(m => new WireFinding
            {
                RuleId = Id, Clause = Clause, Severity = WireFindingSeverity.Violation, Description = $"ACK in frame {m.FrameNumber}",
                MessageIndexes = [m.Index], Culprit = m.Source,
            });
    }

    private sealed class Throws : IWireRule
    {
        public string Id => "T-THROWS";

        public string Clause => "test";

        public string Title => "finds one thing, then fails";

        public IEnumerable<WireFinding> Check(WireTimeline timeline, WireAnalysisSettings settings)
        {
            yield return new WireFinding { RuleId = Id, Clause = Clause, Severity = WireFindingSeverity.Violation, Description = "partial", MessageIndexes = [0] };
            throw new InvalidOperationException("rule bug");
        }
    }

    private sealed class NeverFires : IWireRule
    {
        public string Id => "T-NEVER";

        public string Clause => "test";

        public string Title => "nothing";

        public IEnumerable<WireFinding> Check(WireTimeline timeline, WireAnalysisSettings settings) => [];
    }

    /// <summary>A finding about the capture as a whole, pointing at no message: sorted after the others.</summary>
    private sealed class Summary : IWireRule
    {
        public string Id => "T-SUMMARY";

        public string Clause => "test";

        public string Title => "whole capture";

        public IEnumerable<WireFinding> Check(WireTimeline timeline, WireAnalysisSettings settings) =>
            [new WireFinding { RuleId = Id, Clause = Clause, Severity = WireFindingSeverity.Warning, Description = $"{timeline.Messages.Count} messages" }];
    }
}
