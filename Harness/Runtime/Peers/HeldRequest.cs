using Harness.Runtime.Coap;

namespace Harness.Runtime.Peers;

/// <summary>
/// A request held for a sleeping queue-mode client. <see cref="RunAsync"/> sends it and completes the
/// caller's task; a timeout leaves the caller waiting and the request held for the next wake-up.
/// </summary>
internal sealed class HeldRequest
{
    private readonly Func<Task> run;
    private readonly Action<Exception> fail;

    private HeldRequest(string description, Func<Task> run, Action<Exception> fail)
    {
        Description = description;
        this.run = run;
        this.fail = fail;
    }

    public string Description { get; }

    public static (HeldRequest Held, Task<T> Completion) Create<T>(string description, Func<Task<T>> send)
    {
        var completion = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        async Task Run()
        {
            try
            {
                completion.TrySetResult(await send().ConfigureAwait(false));
            }
            catch (CoapTimeoutException)
            {
                throw;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                completion.TrySetException(e);
            }
        }

        return (new HeldRequest(description, Run, e => completion.TrySetException(e)), completion.Task);
    }

    /// <summary>Sends; throws <see cref="CoapTimeoutException"/> when the client did not answer, so the request stays held.</summary>
    public Task RunAsync() => run();

    public void Fail(Exception reason) => fail(reason);

    public override string ToString() => Description;
}
