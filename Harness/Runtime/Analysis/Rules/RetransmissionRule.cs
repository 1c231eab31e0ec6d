using System.Globalization;
using Harness.Protocol.Coap;

namespace Harness.Runtime.Analysis.Rules;

/// <summary>
/// WIRE-RETRANSMIT: copies of a Confirmable message follow RFC 7252 §4.2 for the configured parameters. At most
/// MAX_RETRANSMIT copies; the k-th interval between copies lies within [ACK_TIMEOUT·2^(k−1), ACK_TIMEOUT·
/// ACK_RANDOM_FACTOR·2^(k−1)]; no copy after the peer's ACK or RST for it was on the wire.
/// <para>
/// Severities: too many copies, a copy earlier than the lower bound, or a copy after the answer load the network
/// beyond what the parameters allow, which is what the back-off exists to prevent: Violation. A copy later than the
/// upper bound only slows the sender's own exchange and may come from the sender's host scheduling (a loaded CI
/// machine, a suspended process), which a capture cannot tell apart: Warning. Both bounds allow
/// <see cref="WireAnalysisSettings.TimingTolerance"/> for the timestamping of the two copies, so loopback jitter is
/// never a finding; the ACK race allows it too (an ACK stamped just before a copy may not have reached the sender).
/// </para>
/// </summary>
public sealed class RetransmissionRule : IWireRule
{
    public string Id => "WIRE-RETRANSMIT";

    public string Clause => "RFC 7252 §4.2, §4.8";

    public string Title => "CON retransmissions: at most MAX_RETRANSMIT, exponential back-off within the ACK_TIMEOUT bounds, none after the ACK";

    public IEnumerable<WireFinding> Check(WireTimeline timeline, WireAnalysisSettings settings)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(settings);
        var transmission = settings.Transmission;
        var index = new WireExchangeIndex(timeline);
        foreach (var copies in ConfirmableCopies.Find(timeline, transmission.ExchangeLifetime))
        {
            if (copies.Count < 2 || !settings.IsJudged(copies[0].Source))
            {
                continue;
            }

            var first = copies[0];
            if (copies.Count - 1 > transmission.MaxRetransmit)
            {
                yield return WireFindings.Create(
                    this,
                    WireFindingSeverity.Violation,
                    $"{WireFindings.Frame(first)} was retransmitted {copies.Count - 1} times, more than MAX_RETRANSMIT ({transmission.MaxRetransmit})",
                    copies.Skip(transmission.MaxRetransmit + 1).Concat(copies.Take(transmission.MaxRetransmit + 1)),
                    expected: $"at most {transmission.MaxRetransmit} retransmissions",
                    actual: $"{copies.Count - 1} retransmissions (frames {Frames(copies)})");
            }

            for (var k = 1; k < copies.Count; k++)
            {
                if (Interval(copies, k, settings) is { } finding)
                {
                    yield return finding;
                }
            }

            if (AfterAnswer(copies, index, settings) is { } late)
            {
                yield return late;
            }
        }
    }

    private WireFinding? Interval(IReadOnlyList<WireMessage> copies, int k, WireAnalysisSettings settings)
    {
        var transmission = settings.Transmission;
        var factor = Math.Pow(2, k - 1);
        var lower = transmission.AckTimeout * factor;
        var upper = transmission.AckTimeout * (transmission.AckRandomFactor * factor);
        var interval = copies[k].Time - copies[k - 1].Time;
        var bounds = $"[{WireFindings.Milliseconds(lower)}, {WireFindings.Milliseconds(upper)}] ± {WireFindings.Milliseconds(settings.TimingTolerance)}";
        var actual = $"{WireFindings.Milliseconds(interval)} after frame {copies[k - 1].FrameNumber}";
        var ordinal = k.ToString(CultureInfo.InvariantCulture);
        if (interval < lower - settings.TimingTolerance)
        {
            return WireFindings.Create(
                this,
                WireFindingSeverity.Violation,
                $"retransmission {ordinal} of {WireFindings.Frame(copies[0])} (frame {copies[k].FrameNumber}) came too early: {actual}, below ACK_TIMEOUT·2^{k - 1}",
                [copies[k], copies[k - 1]],
                expected: $"interval {ordinal} within {bounds}",
                actual: actual);
        }

        if (interval > upper + settings.TimingTolerance)
        {
            return WireFindings.Create(
                this,
                WireFindingSeverity.Warning,
                $"retransmission {ordinal} of {WireFindings.Frame(copies[0])} (frame {copies[k].FrameNumber}) came late: {actual}, above ACK_TIMEOUT·ACK_RANDOM_FACTOR·2^{k - 1} (may be the sender's scheduling)",
                [copies[k], copies[k - 1]],
                expected: $"interval {ordinal} within {bounds}",
                actual: actual);
        }

        return null;
    }

    private WireFinding? AfterAnswer(IReadOnlyList<WireMessage> copies, WireExchangeIndex index, WireAnalysisSettings settings)
    {
        // The peer's earliest ACK or RST with the copies' message id; its own later copies are not answers.
        var answer = index.RepliesTo(copies[0], settings.Transmission.ExchangeLifetime).FirstOrDefault();
        var late = answer is null ? null : copies.FirstOrDefault(c => c.Time > answer.Time + settings.TimingTolerance);
        return late is null ? null : WireFindings.Create(
            this,
            WireFindingSeverity.Violation,
            $"{WireFindings.Frame(late)} retransmits a Confirmable message that {WireFindings.Frame(answer!)} had already answered {WireFindings.Milliseconds(late.Time - answer!.Time)} earlier",
            [late, answer],
            expected: "no retransmission after the ACK or RST",
            actual: $"retransmission at frame {late.FrameNumber}");
    }

    private static string Frames(IEnumerable<WireMessage> messages) =>
        string.Join(", ", messages.Select(m => m.FrameNumber.ToString(CultureInfo.InvariantCulture)));
}
