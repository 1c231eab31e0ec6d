namespace Harness.Runtime.Coap;

/// <summary>
/// Recently received CON/NON message ids per peer, with the reply we sent, so a duplicate CON gets the
/// same ACK/RST/response again and a duplicate NON is dropped (RFC 7252 §4.5). Entries live for
/// EXCHANGE_LIFETIME (CON) or NON_LIFETIME (NON), measured on the endpoint's time provider.
/// </summary>
internal sealed class DuplicateCache
{
    private readonly Dictionary<PeerMessageKey, Entry> entries = [];
    private readonly Queue<PeerMessageKey> insertionOrder = new();
    private readonly Lock gate = new();

    /// <summary>Registers a new message; for a duplicate returns false with the reply recorded so far (null while still being processed).</summary>
    public bool TryRegister(PeerMessageKey key, DateTimeOffset now, TimeSpan lifetime, out byte[]? reply)
    {
        lock (gate)
        {
            Purge(now);
            if (entries.TryGetValue(key, out var existing) && existing.Expires > now)
            {
                reply = existing.Reply;
                return false;
            }

            entries[key] = new Entry(now + lifetime);
            insertionOrder.Enqueue(key);
            reply = null;
            return true;
        }
    }

    /// <summary>Remembers what we answered so that a duplicate gets the very same bytes.</summary>
    public void SetReply(PeerMessageKey key, byte[] reply)
    {
        lock (gate)
        {
            if (entries.TryGetValue(key, out var entry))
            {
                entry.Reply = reply;
            }
        }
    }

    public int Count
    {
        get
        {
            lock (gate)
            {
                return entries.Count;
            }
        }
    }

    /// <summary>Drops expired entries from the oldest on; a younger expired one waits for its turn, which only costs memory.</summary>
    private void Purge(DateTimeOffset now)
    {
        while (insertionOrder.TryPeek(out var oldest))
        {
            if (entries.TryGetValue(oldest, out var entry) && entry.Expires > now)
            {
                return;
            }

            insertionOrder.Dequeue();
            if (entry is not null && entry.Expires <= now)
            {
                entries.Remove(oldest);
            }
        }
    }

    private sealed class Entry(DateTimeOffset expires)
    {
        public DateTimeOffset Expires { get; } = expires;

        public byte[]? Reply { get; set; }
    }
}
