using Harness.Protocol.Coap;

namespace Harness.Runtime.Analysis.Rules;

/// <summary>
/// Lookups over a timeline that several rules share: the Confirmable (or Non-confirmable) message an ACK or RST
/// answers, and the request a response answers (by message id when piggybacked, by token otherwise, RFC 7252 §5.3.2).
/// Built once per rule run in one pass; lookups scan only the messages of one flow with one id or token.
/// </summary>
internal sealed class WireExchangeIndex
{
    private readonly WireTimeline timeline;
    private readonly Dictionary<(WireFlow Flow, ushort MessageId), List<int>> byMessageId = [];
    private readonly Dictionary<(WireFlow Flow, ushort MessageId), List<int>> repliesByMessageId = [];
    private readonly Dictionary<(WireFlow Flow, string Token), List<int>> requestsByToken = [];

    public WireExchangeIndex(WireTimeline timeline)
    {
        this.timeline = timeline;
        foreach (var wire in timeline.Messages)
        {
            if (wire.Message is not { } message)
            {
                // A malformed CON or NON (a negative test's) may still be answered by RST or ACK: its header names the id.
                if (RawHeader(wire) is { } header && header.Type is CoapMessageType.Confirmable or CoapMessageType.NonConfirmable)
                {
                    Add(byMessageId, (WireFlow.Of(wire), header.MessageId), wire.Index);
                }

                continue;
            }

            var flow = WireFlow.Of(wire);
            if (wire.Transport == WireTransport.Udp && message.Type is CoapMessageType.Confirmable or CoapMessageType.NonConfirmable)
            {
                Add(byMessageId, (flow, message.MessageId), wire.Index);
            }
            else if (wire.Transport == WireTransport.Udp)
            {
                Add(repliesByMessageId, (flow, message.MessageId), wire.Index);
            }

            if (message.IsRequest)
            {
                Add(requestsByToken, (flow, message.TokenHex), wire.Index);
            }
        }
    }

    /// <summary>
    /// The latest CON (and NON when <paramref name="allowNonConfirmable"/>) with the ACK/RST's message id that its
    /// recipient sent to its sender before it, no longer ago than <paramref name="lifetime"/>; null when none.
    /// </summary>
    public WireMessage? AnsweredBy(WireMessage reply, TimeSpan lifetime, bool allowNonConfirmable)
    {
        var key = (WireFlow.Of(reply).Reverse, reply.Message!.MessageId);
        if (!byMessageId.TryGetValue(key, out var candidates))
        {
            return null;
        }

        for (var i = candidates.Count - 1; i >= 0; i--)
        {
            var candidate = timeline.Messages[candidates[i]];
            if (candidate.Index >= reply.Index)
            {
                continue;
            }

            if (reply.Time - candidate.Time > lifetime)
            {
                return null;
            }

            var type = candidate.Message?.Type ?? RawHeader(candidate)!.Value.Type;
            if (type == CoapMessageType.Confirmable || allowNonConfirmable)
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>The ACKs and RSTs with <paramref name="message"/>'s id that its recipient sent back after it, in order.</summary>
    public IEnumerable<WireMessage> RepliesTo(WireMessage message, TimeSpan lifetime)
    {
        var key = (WireFlow.Of(message).Reverse, message.Message!.MessageId);
        if (!repliesByMessageId.TryGetValue(key, out var candidates))
        {
            yield break;
        }

        foreach (var i in candidates)
        {
            var reply = timeline.Messages[i];
            if (i > message.Index && reply.Time - message.Time <= lifetime)
            {
                yield return reply;
            }
        }
    }

    /// <summary>The latest request with the response's token that the response's recipient sent to its sender before it.</summary>
    public WireMessage? RequestWithToken(WireMessage response)
    {
        var key = (WireFlow.Of(response).Reverse, response.Message!.TokenHex);
        if (!requestsByToken.TryGetValue(key, out var candidates))
        {
            return null;
        }

        for (var i = candidates.Count - 1; i >= 0; i--)
        {
            if (candidates[i] < response.Index)
            {
                return timeline.Messages[candidates[i]];
            }
        }

        return null;
    }

    /// <summary>
    /// The request <paramref name="response"/> answers: for a piggybacked response the CON it acknowledges (when that
    /// is a request), otherwise the latest earlier request with its token. Null when the capture holds none.
    /// </summary>
    public WireMessage? RequestOf(WireMessage response, TimeSpan lifetime)
    {
        if (response.Transport == WireTransport.Udp && response.Message!.Type == CoapMessageType.Acknowledgement)
        {
            return AnsweredBy(response, lifetime, allowNonConfirmable: false) is { Message.IsRequest: true } request ? request : null;
        }

        return RequestWithToken(response);
    }

    // Type and message id from the first four bytes of a UDP message that did not decode (version 1 only).
    private static (CoapMessageType Type, ushort MessageId)? RawHeader(WireMessage wire)
    {
        var bytes = wire.Bytes.Span;
        return wire.Transport == WireTransport.Udp && bytes.Length >= 4 && bytes[0] >> 6 == CoapUdpCodec.Version
            ? ((CoapMessageType)((bytes[0] >> 4) & 0x3), (ushort)((bytes[2] << 8) | bytes[3]))
            : null;
    }

    private static void Add<TKey>(Dictionary<TKey, List<int>> map, TKey key, int index)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list))
        {
            list = [];
            map.Add(key, list);
        }

        list.Add(index);
    }
}
