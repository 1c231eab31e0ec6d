using System.Text;

namespace Harness.Runtime.Dut;

/// <summary>
/// Everything observed about a DUT, in arrival order with timestamps from the adapter's clock: its output,
/// the stimuli it got, lifecycle events and operator dialogue. Thread-safe; reports attach <see cref="ToText"/>.
/// </summary>
public sealed class DutEvidence
{
    private readonly TimeProvider time;
    private readonly Lock gate = new();
    private readonly List<DutEvidenceEntry> entries = [];
    private readonly List<(Func<DutEvidenceEntry, bool> Match, TaskCompletionSource<DutEvidenceEntry> Seen)> waiters = [];

    public DutEvidence(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        this.time = time;
    }

    /// <summary>A snapshot of all entries so far.</summary>
    public IReadOnlyList<DutEvidenceEntry> Entries
    {
        get
        {
            lock (gate)
            {
                return [.. entries];
            }
        }
    }

    public DutEvidenceEntry Record(DutEvidenceKind kind, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        DutEvidenceEntry entry;
        List<TaskCompletionSource<DutEvidenceEntry>> seen = [];
        lock (gate)
        {
            // Stamped under the lock so that arrival order and timestamps agree across the output pumps.
            entry = new DutEvidenceEntry(time.GetUtcNow(), kind, text);
            entries.Add(entry);
            for (int i = waiters.Count - 1; i >= 0; i--)
            {
                if (waiters[i].Match(entry))
                {
                    seen.Add(waiters[i].Seen);
                    waiters.RemoveAt(i);
                }
            }
        }

        // Completed outside the lock: continuations run asynchronously anyway, but never under our gate.
        foreach (var waiter in seen)
        {
            waiter.TrySetResult(entry);
        }

        return entry;
    }

    /// <summary>
    /// The first entry at index <paramref name="from"/> or later that matches, already recorded or still to come.
    /// The caller bounds the wait; cancelling the token forgets the waiter.
    /// </summary>
    public Task<DutEvidenceEntry> FirstMatchAsync(Func<DutEvidenceEntry, bool> match, int from, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(match);
        var seen = new TaskCompletionSource<DutEvidenceEntry>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (gate)
        {
            for (int i = Math.Max(0, from); i < entries.Count; i++)
            {
                if (match(entries[i]))
                {
                    return Task.FromResult(entries[i]);
                }
            }

            waiters.Add((match, seen));
        }

        if (cancellationToken.CanBeCanceled)
        {
            var registration = cancellationToken.Register(() => Forget(seen, cancellationToken));
            _ = seen.Task.ContinueWith(_ => registration.Dispose(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }

        return seen.Task;
    }

    /// <summary>How many entries there are; a later <see cref="FirstMatchAsync"/> from here sees only what comes next.</summary>
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

    /// <summary>The last <paramref name="count"/> lines the DUT printed, oldest first (for crash reports).</summary>
    public IReadOnlyList<string> LastOutputLines(int count)
    {
        lock (gate)
        {
            return [.. entries.Where(e => e.IsOutput).TakeLast(count).Select(e => e.Text)];
        }
    }

    /// <summary>The whole log, one entry per line, for a report attachment.</summary>
    public string ToText()
    {
        var text = new StringBuilder();
        foreach (var entry in Entries)
        {
            text.Append(entry).Append('\n');
        }

        return text.ToString();
    }

    private void Forget(TaskCompletionSource<DutEvidenceEntry> seen, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            waiters.RemoveAll(w => w.Seen == seen);
        }

        seen.TrySetCanceled(cancellationToken);
    }
}
