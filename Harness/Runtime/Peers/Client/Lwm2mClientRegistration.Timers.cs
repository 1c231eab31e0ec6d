namespace Harness.Runtime.Peers.Client;

/// <summary>Timers: the periodic Update, Register retries and the end of a Disable; each runs its operation in the background.</summary>
public sealed partial class Lwm2mClientRegistration
{
    private ITimer? updateTimer;
    private ITimer? retryTimer;
    private ITimer? enableTimer;
    private DateTimeOffset? nextUpdateAt;

    /// <summary>When the next periodic Update is due; null when none is scheduled.</summary>
    public DateTimeOffset? NextUpdateAt => Read(() => nextUpdateAt);

    private void ScheduleUpdate(uint lifetimeSeconds)
    {
        var lifetime = TimeSpan.FromSeconds(lifetimeSeconds);
        var delay = Settings.Has(RegistrationFaults.LateUpdate)
            ? RegistrationTiming.LateUpdateDelay(lifetime)
            : RegistrationTiming.UpdateDelay(lifetime, endpoint.Settings);
        var timer = Time.CreateTimer(_ => InBackground(ct => LockedAsync(UpdateCoreAsync, ct)), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        Replace(ref updateTimer, timer);
        Write(() => nextUpdateAt = Time.GetUtcNow() + delay);
        timer.Change(delay, Timeout.InfiniteTimeSpan);
    }

    private void ScheduleRegisterRetry(int attempt, TimeSpan delay)
    {
        var timer = Time.CreateTimer(_ => InBackground(ct => LockedAsync(c => RegisterCoreAsync(attempt, c), ct)), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        Replace(ref retryTimer, timer);
        timer.Change(delay, Timeout.InfiniteTimeSpan);
    }

    private void ScheduleEnable(TimeSpan delay)
    {
        var timer = Time.CreateTimer(_ => InBackground(ct => LockedAsync(c => RegisterCoreAsync(1, c), ct)), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        Replace(ref enableTimer, timer);
        timer.Change(delay, Timeout.InfiniteTimeSpan);
    }

    private void CancelUpdateTimer()
    {
        Replace(ref updateTimer, null);
        Write(() => nextUpdateAt = null);
    }

    private void CancelTimers()
    {
        CancelUpdateTimer();
        Replace(ref retryTimer, null);
        Replace(ref enableTimer, null);
        Replace(ref sleepTimer, null);
    }

    private void Replace(ref ITimer? slot, ITimer? next)
    {
        ITimer? previous;
        lock (gate)
        {
            previous = slot;
            slot = next;
        }

        previous?.Dispose();
    }

    /// <summary>Runs a timer's operation detached; disposal waits for it, and an unexpected failure becomes an event.</summary>
    private void InBackground(Func<CancellationToken, Task> work)
    {
        if (disposal.IsCancellationRequested)
        {
            return;
        }

        var task = RunDetachedAsync(work);
        lock (gate)
        {
            background.RemoveAll(t => t.IsCompleted);
            background.Add(task);
        }
    }

    private async Task RunDetachedAsync(Func<CancellationToken, Task> work)
    {
        try
        {
            await work(disposal.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException && disposal.IsCancellationRequested)
        {
            // Disposed while it ran.
        }
        catch (InvalidOperationException) when (State == RegistrationState.Stopped)
        {
            // A timer that fired just as the client stopped.
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Raise(RegistrationEventKind.Error, $"error: {e.GetType().Name}: {e.Message}");
        }
    }
}
