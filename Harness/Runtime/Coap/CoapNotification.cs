using Harness.Protocol.Coap;
using Harness.Protocol.Coap.Observe;

namespace Harness.Runtime.Coap;

/// <summary>
/// A response of an observation as the observer took it: the message (its payload completed by
/// Block2 when the notification carried only the first block), when it arrived, and its freshness.
/// </summary>
public sealed record CoapNotification(CoapMessage Message, DateTimeOffset ReceivedAt, NotificationFreshness Freshness)
{
    public uint? Sequence => Message.Observe;

    public override string ToString() => $"{ReceivedAt:HH:mm:ss.fff} {Freshness}: {Message}";
}
