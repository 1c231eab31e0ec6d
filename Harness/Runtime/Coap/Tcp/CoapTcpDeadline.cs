namespace Harness.Runtime.Coap.Tcp;

/// <summary>Every wait of the endpoint goes through here: a deadline from the injected clock, and a timeout that names what was awaited.</summary>
internal static class CoapTcpDeadline
{
    public static async Task<T> WaitAsync<T>(Task<T> task, TimeSpan deadline, TimeProvider time, string awaited, CancellationToken cancellation)
    {
        try
        {
            return await task.WaitAsync(deadline, time, cancellation).ConfigureAwait(false);
        }
        catch (TimeoutException e) when (e is not CoapTcpTimeoutException)
        {
            throw new CoapTcpTimeoutException(awaited, deadline);
        }
    }
}
