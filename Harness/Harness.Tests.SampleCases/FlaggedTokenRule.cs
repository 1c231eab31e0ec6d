using Harness.Runtime.Analysis;

namespace Harness.Tests.SampleCases;

/// <summary>A wire rule for the samples: a judged endpoint must not send a message with token EE.</summary>
public sealed class FlaggedTokenRule : IWireRule
{
    public const string RuleId = "SAMPLE-TOKEN-EE";

    public string Id => RuleId;

    public string Clause => "sample clause 1.2";

    public string Title => "no message carries token EE";

    public IEnumerable<WireFinding> Check(WireTimeline timeline, WireAnalysisSettings settings)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(settings);
        return timeline.Messages
            .Where(message => settings.IsJudged(message.Source) && message.Message is { } decoded && decoded.Token.Span is [0xEE])
            .Select(message => new WireFinding
            {
                RuleId = RuleId,
                Clause = Clause,
                Severity = WireFindingSeverity.Violation,
                Description = $"frame {message.FrameNumber} carries token EE",
                MessageIndexes = [message.Index],
                Culprit = message.Source,
                Expected = "any token but EE",
                Actual = "token EE",
            });
    }
}
