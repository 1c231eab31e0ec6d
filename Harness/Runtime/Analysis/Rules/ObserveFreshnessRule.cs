using Harness.Protocol.Coap;
using Harness.Protocol.Coap.Observe;

namespace Harness.Runtime.Analysis.Rules;

/// <summary>
/// WIRE-OBSERVE-FRESH: the notifications of one observation (same token, same observer, same server), in capture
/// order, carry Observe values each fresh against the previous one under RFC 7641 §3.4's rule: ahead in the 24-bit
/// sequence space by less than 2^23, or more than 128 seconds later. The server must number them that way (§4.4).
/// A copy of a CON notification (same bytes) is a retransmission, not a new notification. A new registration
/// (GET with Observe 0 and that token), a cancellation (GET with Observe 1, or RST to a notification) or a
/// notification without Observe or with a non-2.xx code starts the sequence over. Over TCP the values carry no
/// order (RFC 8323 §7.1): not judged.
/// </summary>
public sealed class ObserveFreshnessRule : IWireRule
{
    public string Id => "WIRE-OBSERVE-FRESH";

    public string Clause => "RFC 7641 §3.4, §4.4";

    public string Title => "Notifications of one observation carry fresh Observe values (24-bit, 128-second rule)";

    public IEnumerable<WireFinding> Check(WireTimeline timeline, WireAnalysisSettings settings)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(settings);
        var last = new Dictionary<(WireFlow Flow, string Token), WireMessage>();
        foreach (var wire in timeline.Messages)
        {
            if (wire.Transport != WireTransport.Udp || wire.Message is not { } message)
            {
                continue;
            }

            if (message.IsRequest)
            {
                // A (re-)registration or a cancellation by the observer: the server may start a new sequence.
                if (message.Observe is not null)
                {
                    last.Remove((WireFlow.Of(wire).Reverse, message.TokenHex));
                }

                continue;
            }

            if (message.Type == CoapMessageType.Reset)
            {
                foreach (var key in last.Where(e => e.Key.Flow == WireFlow.Of(wire).Reverse && e.Value.Message!.MessageId == message.MessageId).Select(e => e.Key).ToList())
                {
                    last.Remove(key);
                }

                continue;
            }

            if (!message.IsResponse)
            {
                continue;
            }

            var observation = (WireFlow.Of(wire), message.TokenHex);
            if (message.Observe is not { } value || !message.Code.IsSuccess || value >= ObserveFreshness.SequenceModulus)
            {
                last.Remove(observation);
                continue;
            }

            if (last.TryGetValue(observation, out var previous)
                && settings.IsJudged(wire.Source)
                && !IsCopy(previous, wire)
                && !ObserveFreshness.IsNewer(previous.Message!.Observe!.Value, previous.Time - DateTimeOffset.UnixEpoch, value, wire.Time - DateTimeOffset.UnixEpoch))
            {
                yield return WireFindings.Create(
                    this,
                    WireFindingSeverity.Violation,
                    $"notification {WireFindings.Frame(wire)} carries Observe {value}, not fresh after Observe {previous.Message!.Observe} in {WireFindings.Frame(previous)} {WireFindings.Milliseconds(wire.Time - previous.Time)} earlier",
                    [wire, previous],
                    expected: $"an Observe value ahead of {previous.Message!.Observe} by 1..2^23-1 (mod 2^24), or a gap over 128 s",
                    actual: $"Observe {value}");
            }

            if (!last.TryGetValue(observation, out var kept) || !IsCopy(kept, wire))
            {
                last[observation] = wire;
            }
        }
    }

    private static bool IsCopy(WireMessage previous, WireMessage current) =>
        previous.Message!.Type == CoapMessageType.Confirmable
        && previous.Message.MessageId == current.Message!.MessageId
        && previous.Bytes.Span.SequenceEqual(current.Bytes.Span);
}
