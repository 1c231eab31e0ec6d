namespace Harness.Runtime.Coap;

/// <summary>Thread-safe, append-only records of an endpoint: traffic, decode errors, incidents; read as snapshots.</summary>
internal sealed class CoapEndpointLog
{
    private readonly List<CoapDatagram> traffic = [];
    private readonly List<CoapDecodeErrorEvent> decodeErrors = [];
    private readonly List<CoapEndpointIncident> incidents = [];
    private readonly List<(Func<CoapDatagram, bool> Predicate, TaskCompletionSource<CoapDatagram> Found)> watchers = [];
    private readonly Lock gate = new();
    private CoapDatagram? inFlight;

    public IReadOnlyList<CoapDatagram> Traffic => Snapshot(traffic);

    public IReadOnlyList<CoapDecodeErrorEvent> DecodeErrors => Snapshot(decodeErrors);

    public IReadOnlyList<CoapEndpointIncident> Incidents => Snapshot(incidents);

    /// <summary>Logs a sent datagram; watchers see it at once.</summary>
    public void Record(CoapDatagram datagram)
    {
        lock (gate)
        {
            traffic.Add(datagram);
        }

        Publish(datagram);
    }

    /// <summary>Logs a received datagram in arrival order, hidden from watchers until <see cref="EndReceived"/>.</summary>
    public void BeginReceived(CoapDatagram datagram)
    {
        lock (gate)
        {
            traffic.Add(datagram);
            inFlight = datagram;
        }
    }

    /// <summary>The endpoint has acted on the datagram: a test waiting for it may now look at the consequences.</summary>
    public void EndReceived(CoapDatagram datagram)
    {
        lock (gate)
        {
            inFlight = null;
        }

        Publish(datagram);
    }

    private void Publish(CoapDatagram datagram)
    {
        List<TaskCompletionSource<CoapDatagram>> satisfied = [];
        lock (gate)
        {
            for (int i = watchers.Count - 1; i >= 0; i--)
            {
                if (watchers[i].Predicate(datagram))
                {
                    satisfied.Add(watchers[i].Found);
                    watchers.RemoveAt(i);
                }
            }
        }

        foreach (var found in satisfied)
        {
            found.TrySetResult(datagram);
        }
    }

    /// <summary>The first datagram, already logged or still to come, that satisfies <paramref name="predicate"/>.</summary>
    public Task<CoapDatagram> FirstAsync(Func<CoapDatagram, bool> predicate)
    {
        lock (gate)
        {
            if (traffic.Find(d => !ReferenceEquals(d, inFlight) && predicate(d)) is { } existing)
            {
                return Task.FromResult(existing);
            }

            var found = new TaskCompletionSource<CoapDatagram>(TaskCreationOptions.RunContinuationsAsynchronously);
            watchers.Add((predicate, found));
            return found.Task;
        }
    }

    public void Forget(Task<CoapDatagram> pending)
    {
        lock (gate)
        {
            watchers.RemoveAll(w => w.Found.Task == pending);
        }
    }

    public void DecodeError(CoapDecodeErrorEvent error) => Add(decodeErrors, error);

    public void Incident(CoapEndpointIncident incident) => Add(incidents, incident);

    private void Add<T>(List<T> list, T item)
    {
        lock (gate)
        {
            list.Add(item);
        }
    }

    private T[] Snapshot<T>(List<T> list)
    {
        lock (gate)
        {
            return [.. list];
        }
    }
}
