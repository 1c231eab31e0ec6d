using Harness.Runtime.Coap;

namespace Harness.Runtime.Peers;

/// <summary>
/// Queue mode (OMA TS Core, Queue Mode Operation): a client in queue mode is reachable only for a window
/// after its Register or Update. Requests meanwhile are held, then sent one at a time once its next
/// Register or Update has been answered; one that gets no answer stays held with those after it.
/// </summary>
public sealed partial class FakeLwm2mServer
{
    private readonly Dictionary<string, List<HeldRequest>> held = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim flushGate = new(1, 1);

    /// <summary>Requests waiting for <paramref name="endpoint"/> to wake up, oldest first.</summary>
    public IReadOnlyList<string> HeldRequestsFor(string endpoint)
    {
        lock (gate)
        {
            return held.TryGetValue(endpoint, out var list) ? [.. list.Select(h => h.Description)] : [];
        }
    }

    private bool HasHeldRequests(string endpoint)
    {
        lock (gate)
        {
            return held.ContainsKey(endpoint);
        }
    }

    public bool IsAwake(Lwm2mRegistration registration)
    {
        ArgumentNullException.ThrowIfNull(registration);
        return !registration.QueueMode || Settings.TimeProvider.GetUtcNow() <= registration.LastUpdateAt + Settings.EffectiveAwakeWindow;
    }

    /// <summary>Sends now when the client is reachable; otherwise holds the request until it wakes or the queue timeout passes.</summary>
    private async Task<T> WhenReachableAsync<T>(Lwm2mRegistration registration, string description, Func<Task<T>> send, CancellationToken cancellationToken)
    {
        using var waiting = Settings.WaitObserver?.BeginWait($"response to {description}");
        var (request, completion) = HeldRequest.Create(description, send);
        bool sendNow;
        lock (gate)
        {
            var current = registrations.Values.FirstOrDefault(r => r.Endpoint == registration.Endpoint) ?? registration;
            sendNow = IsAwake(current) && !held.ContainsKey(current.Endpoint);
            if (!sendNow)
            {
                if (!held.TryGetValue(current.Endpoint, out var list))
                {
                    held[current.Endpoint] = list = [];
                }

                list.Add(request);
            }
        }

        if (sendNow)
        {
            return await send().ConfigureAwait(false);
        }

        var limit = Settings.EffectiveQueuedRequestTimeout;
        try
        {
            return await completion.WaitAsync(limit, Settings.TimeProvider, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException) when (!completion.IsCompleted)
        {
            Remove(registration.Endpoint, request);
            throw new Lwm2mExpectationTimeoutException(
                $"Register or Update from sleeping queue-mode client {registration.Endpoint} to release {description}", limit, ArrivedInstead(UplinkKind.Update, _ => null));
        }
    }

    private async Task FlushHeldRequestsAsync(Lwm2mRegistration registration)
    {
        await flushGate.WaitAsync().ConfigureAwait(false);
        try
        {
            while (TakeFirst(registration.Endpoint) is { } next)
            {
                try
                {
                    await next.RunAsync().ConfigureAwait(false);
                }
                catch (CoapTimeoutException)
                {
                    // Asleep again: keep this one first in line for the next wake-up.
                    PutBack(registration.Endpoint, next);
                    return;
                }
            }
        }
        catch (ObjectDisposedException)
        {
            // Closing.
        }
        finally
        {
            flushGate.Release();
        }
    }

    private HeldRequest? TakeFirst(string endpoint)
    {
        lock (gate)
        {
            if (!held.TryGetValue(endpoint, out var list) || list.Count == 0)
            {
                return null;
            }

            var first = list[0];
            list.RemoveAt(0);
            if (list.Count == 0)
            {
                held.Remove(endpoint);
            }

            return first;
        }
    }

    private void PutBack(string endpoint, HeldRequest request)
    {
        lock (gate)
        {
            if (!held.TryGetValue(endpoint, out var list))
            {
                held[endpoint] = list = [];
            }

            list.Insert(0, request);
        }
    }

    private void Remove(string endpoint, HeldRequest request)
    {
        lock (gate)
        {
            if (held.TryGetValue(endpoint, out var list) && list.Remove(request) && list.Count == 0)
            {
                held.Remove(endpoint);
            }
        }
    }

    private void FailHeldRequests(Exception reason)
    {
        List<HeldRequest> all;
        lock (gate)
        {
            all = [.. held.Values.SelectMany(l => l)];
            held.Clear();
        }

        foreach (var request in all)
        {
            request.Fail(reason);
        }
    }
}
