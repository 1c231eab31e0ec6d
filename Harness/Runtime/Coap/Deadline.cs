namespace Harness.Runtime.Coap;

/// <summary>Bounded waits on the endpoint's time provider that fail with a message naming what was awaited.</summary>
internal static class Deadline
{
    public static async Task<T> WaitAsync<T>(Task<T> task, TimeSpan timeout, TimeProvider time, Func<string> awaited, CancellationToken cancellationToken)
    {
        try
        {
            return await task.WaitAsync(timeout, time, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException) when (!task.IsCompleted)
        {
            throw new CoapTimeoutException($"{awaited()} within {CoapMessageText.Seconds(timeout)}");
        }
    }

    public static async Task WaitAsync(Task task, TimeSpan timeout, TimeProvider time, Func<string> awaited, CancellationToken cancellationToken)
    {
        try
        {
            await task.WaitAsync(timeout, time, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException) when (!task.IsCompleted)
        {
            throw new CoapTimeoutException($"{awaited()} within {CoapMessageText.Seconds(timeout)}");
        }
    }
}
