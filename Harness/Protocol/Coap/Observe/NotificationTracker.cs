namespace Harness.Protocol.Coap.Observe;

/// <summary>
/// Observer side of RFC 7641: remembers, per token, the last fresh notification's sequence number and
/// receive time, and says whether the next one is fresh or must be ignored as reordered.
/// </summary>
public sealed class NotificationTracker
{
    private readonly Dictionary<string, (uint Sequence, TimeSpan ReceivedAt)> latest = new(StringComparer.Ordinal);

    public int Count => latest.Count;

    /// <summary>Classifies a notification; only fresh ones (and the first) become the new reference.</summary>
    public NotificationFreshness Accept(ReadOnlySpan<byte> token, uint sequence, TimeSpan receivedAt)
    {
        string key = Convert.ToHexString(token);
        uint value = sequence % ObserveFreshness.SequenceModulus;
        if (!latest.TryGetValue(key, out var previous))
        {
            latest[key] = (value, receivedAt);
            return NotificationFreshness.First;
        }

        if (!ObserveFreshness.IsNewer(previous.Sequence, previous.ReceivedAt, value, receivedAt))
        {
            return NotificationFreshness.Stale;
        }

        latest[key] = (value, receivedAt);
        return NotificationFreshness.Fresh;
    }

    /// <summary>Classifies a notification message by its token and Observe option.</summary>
    public NotificationFreshness Accept(CoapMessage notification, TimeSpan receivedAt)
    {
        ArgumentNullException.ThrowIfNull(notification);
        uint sequence = notification.Observe ?? throw new ArgumentException("A notification carries an Observe option (RFC 7641 §4.2)", nameof(notification));
        return Accept(notification.Token.Span, sequence, receivedAt);
    }

    /// <summary>The last fresh sequence number for the token, if any.</summary>
    public uint? LastSequence(ReadOnlySpan<byte> token) =>
        latest.TryGetValue(Convert.ToHexString(token), out var entry) ? entry.Sequence : null;

    /// <summary>Stops tracking a token (observation cancelled or ended by an error response).</summary>
    public bool Forget(ReadOnlySpan<byte> token) => latest.Remove(Convert.ToHexString(token));
}
