namespace Harness.Runtime.Analysis.Rules;

/// <summary>
/// WIRE-DUPLICATE: a recipient answers every copy of a Confirmable message with the same ACK or RST, same type,
/// code, token and payload (RFC 7252 §4.5, a SHOULD: Warning). Only answers are compared; how many copies were
/// answered is not judged, since an answer lost before the capture point looks the same as one never sent.
/// </summary>
public sealed class DuplicateAnswerRule : IWireRule
{
    public string Id => "WIRE-DUPLICATE";

    public string Clause => "RFC 7252 §4.5";

    public string Title => "Duplicate CONs get the same ACK/RST (type, code, token, payload) as the first copy";

    public IEnumerable<WireFinding> Check(WireTimeline timeline, WireAnalysisSettings settings)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(settings);
        var lifetime = settings.Transmission.ExchangeLifetime;
        var index = new WireExchangeIndex(timeline);
        foreach (var copies in ConfirmableCopies.Find(timeline, lifetime))
        {
            if (copies.Count < 2)
            {
                continue;
            }

            var replies = index.RepliesTo(copies[0], lifetime)
                .Where(r => r.Message is not null && settings.IsJudged(r.Source))
                .ToList();
            if (replies.Count < 2)
            {
                continue;
            }

            var first = replies[0].Message!;
            foreach (var reply in replies.Skip(1))
            {
                var other = reply.Message!;
                if (other.Type == first.Type && other.Code == first.Code
                    && other.Token.Span.SequenceEqual(first.Token.Span) && other.Payload.Span.SequenceEqual(first.Payload.Span))
                {
                    continue;
                }

                yield return WireFindings.Create(
                    this,
                    WireFindingSeverity.Warning,
                    $"{copies[0].Destination} answered the duplicate of {WireFindings.Frame(copies[0])} with {WireFindings.Frame(reply)}, unlike its first answer {WireFindings.Frame(replies[0])}",
                    [reply, replies[0], copies[0]],
                    expected: $"{WireFindings.Summary(replies[0])}, payload {first.Payload.Length} B",
                    actual: $"{WireFindings.Summary(reply)}, payload {other.Payload.Length} B");
            }
        }
    }
}
