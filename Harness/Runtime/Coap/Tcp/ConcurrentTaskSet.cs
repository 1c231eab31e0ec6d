namespace Harness.Runtime.Coap.Tcp;

/// <summary>Tasks started and not yet finished, so that a Custody Ping can wait for them.</summary>
internal sealed class ConcurrentTaskSet
{
    private readonly Lock gate = new();
    private readonly HashSet<Task> running = [];

    public void Run(Func<Task> work)
    {
        var task = Task.Run(work);
        lock (gate)
        {
            if (!task.IsCompleted)
            {
                running.Add(task);
            }
        }

        _ = task.ContinueWith(
            finished =>
            {
                lock (gate)
                {
                    running.Remove(finished);
                }
            },
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    public Task WhenAllAsync()
    {
        lock (gate)
        {
            return Task.WhenAll(running.ToArray());
        }
    }
}
