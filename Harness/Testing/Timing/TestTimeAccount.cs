using Harness.Runtime.Peers;

namespace Harness.Testing.Timing;

/// <summary>
/// How long one test case waited for its DUT, measured with the injected clock: every span in which at least
/// one wait was open (an expected DUT message, the DUT's response to a request, starting, stimulating or
/// stopping the DUT). Waits that overlap (an expected De-register while the DUT is being stopped) count once,
/// so the waited time never exceeds the time that passed. Thread-safe: waits end on other threads.
/// </summary>
public sealed class TestTimeAccount : IPeerWaitObserver
{
    private readonly TimeProvider time;
    private readonly Lock gate = new();
    private readonly long started;
    private int open;
    private long openedAt;
    private long waitedTicks;
    private int waits;

    /// <summary>Starts the account now, on <paramref name="time"/>.</summary>
    public TestTimeAccount(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        this.time = time;
        started = time.GetTimestamp();
    }

    /// <summary>How many waits were opened.</summary>
    public int Waits
    {
        get
        {
            lock (gate)
            {
                return waits;
            }
        }
    }

    /// <summary>The union of every wait so far (a wait still open counts up to now).</summary>
    public TimeSpan Waited
    {
        get
        {
            lock (gate)
            {
                long ticks = waitedTicks + (open > 0 ? time.GetTimestamp() - openedAt : 0);
                return Span(ticks);
            }
        }
    }

    /// <summary>Time since the account started.</summary>
    public TimeSpan Elapsed => time.GetElapsedTime(started);

    /// <summary>Opens a wait; disposing the result closes it (once, however often it is disposed).</summary>
    public IDisposable BeginWait(string awaited)
    {
        lock (gate)
        {
            if (open++ == 0)
            {
                openedAt = time.GetTimestamp();
            }

            waits++;
        }

        return new Scope(this);
    }

    /// <summary>Runs and awaits <paramref name="wait"/> as one wait (its synchronous start, e.g. spawning a process, included).</summary>
    public async Task<T> WaitAsync<T>(string awaited, Func<Task<T>> wait)
    {
        ArgumentNullException.ThrowIfNull(wait);
        using var scope = BeginWait(awaited);
        return await wait().ConfigureAwait(false);
    }

    /// <summary>Runs and awaits <paramref name="wait"/> as one wait.</summary>
    public async Task WaitAsync(string awaited, Func<Task> wait)
    {
        ArgumentNullException.ThrowIfNull(wait);
        using var scope = BeginWait(awaited);
        await wait().ConfigureAwait(false);
    }

    /// <summary>What the test spent: the time that passed, the waited part and the rest, the harness's own.</summary>
    public TestTimeSummary Summarize() => Summarize(Elapsed);

    /// <summary>As <see cref="Summarize()"/>, with the total measured by someone else (the runner).</summary>
    public TestTimeSummary Summarize(TimeSpan total) => new(total, Waited, Waits);

    private void End()
    {
        lock (gate)
        {
            if (--open == 0)
            {
                waitedTicks += time.GetTimestamp() - openedAt;
            }
        }
    }

    private TimeSpan Span(long ticks) => TimeSpan.FromTicks((long)(ticks * ((double)TimeSpan.TicksPerSecond / time.TimestampFrequency)));

    private sealed class Scope(TestTimeAccount account) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0)
            {
                account.End();
            }
        }
    }
}
