using Harness.Protocol.Coap;

namespace Harness.Runtime.Analysis.Rules;

/// <summary>
/// Groups the Confirmable messages of a timeline into transmissions and their copies: same sender, same recipient,
/// same message id and the same bytes, each copy within EXCHANGE_LIFETIME of the first (RFC 7252 §4.2, §4.5). A
/// request sent again with a new message id is a new message, not a copy; the same id with other bytes is too.
/// </summary>
internal static class ConfirmableCopies
{
    /// <summary>Every group, the first transmission first; groups of one are included.</summary>
    public static IReadOnlyList<IReadOnlyList<WireMessage>> Find(WireTimeline timeline, TimeSpan exchangeLifetime)
    {
        var open = new Dictionary<(WireFlow Flow, ushort MessageId), List<WireMessage>>();
        var groups = new List<IReadOnlyList<WireMessage>>();
        foreach (var wire in timeline.Messages)
        {
            if (wire.Transport != WireTransport.Udp || wire.Message is not { Type: CoapMessageType.Confirmable } message)
            {
                continue;
            }

            var key = (WireFlow.Of(wire), message.MessageId);
            if (open.TryGetValue(key, out var group)
                && wire.Time - group[0].Time <= exchangeLifetime
                && wire.Bytes.Span.SequenceEqual(group[0].Bytes.Span))
            {
                group.Add(wire);
                continue;
            }

            group = [wire];
            open[key] = group;
            groups.Add(group);
        }

        return groups;
    }
}
