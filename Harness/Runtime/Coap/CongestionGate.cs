using System.Net;

namespace Harness.Runtime.Coap;

/// <summary>
/// At most NSTART outstanding interactions per peer (RFC 7252 §4.7); later requests queue in order
/// and wait, with a deadline, for a slot.
/// </summary>
internal sealed class CongestionGate(int limit, TimeProvider time)
{
    private readonly Dictionary<IPEndPoint, PeerSlots> peers = [];
    private readonly Lock gate = new();

    public async Task AcquireAsync(IPEndPoint peer, TimeSpan timeout, CancellationToken cancellationToken)
    {
        TaskCompletionSource waiter;
        lock (gate)
        {
            var slots = SlotsOf(peer);
            if (slots.InUse < limit)
            {
                slots.InUse++;
                return;
            }

            waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            slots.Waiting.Enqueue(waiter);
        }

        try
        {
            await Deadline.WaitAsync(waiter.Task, timeout, time, () => $"no free NSTART={limit} slot for {peer}", cancellationToken).ConfigureAwait(false);
        }
        catch (Exception) when (!waiter.TrySetCanceled(CancellationToken.None))
        {
            // The slot was handed over as the wait ended: keep it.
        }
    }

    /// <summary>Hands the slot to the next live waiter, or frees it.</summary>
    public void Release(IPEndPoint peer)
    {
        lock (gate)
        {
            var slots = SlotsOf(peer);
            while (slots.Waiting.TryDequeue(out var next))
            {
                if (next.TrySetResult())
                {
                    return;
                }
            }

            slots.InUse = Math.Max(0, slots.InUse - 1);
            if (slots.InUse == 0)
            {
                peers.Remove(peer);
            }
        }
    }

    public int InUse(IPEndPoint peer)
    {
        lock (gate)
        {
            return peers.TryGetValue(peer, out var slots) ? slots.InUse : 0;
        }
    }

    private PeerSlots SlotsOf(IPEndPoint peer)
    {
        if (!peers.TryGetValue(peer, out var slots))
        {
            slots = new PeerSlots();
            peers[peer] = slots;
        }

        return slots;
    }

    private sealed class PeerSlots
    {
        public int InUse { get; set; }

        public Queue<TaskCompletionSource> Waiting { get; } = new();
    }
}
