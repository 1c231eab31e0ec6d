namespace Harness.ReferenceDevice;

/// <summary>The device's life: register, obey console lines until quit, end of input or a stop signal, then shut down.</summary>
internal sealed class DeviceRun(ReferenceDeviceHost host, TextReader input)
{
    public async Task RunAsync(CancellationToken stop)
    {
        var console = new DeviceConsole(host);
        var signalled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var onStop = stop.Register(() => signalled.TrySetResult());
        var stopped = signalled.Task;
        try
        {
            await host.Registration.RegisterAsync(stop).ConfigureAwait(false);
            while (!stop.IsCancellationRequested)
            {
                // Console input has no cancellable read; a pool thread waits on it so a signal is not held up.
                var reading = Task.Run(input.ReadLine, CancellationToken.None);
                if (await Task.WhenAny(reading, stopped).ConfigureAwait(false) != reading || await reading.ConfigureAwait(false) is not { } line)
                {
                    break;
                }

                if (!await console.ExecuteAsync(line, stop).ConfigureAwait(false))
                {
                    break;
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // A signal arrived in the middle of an operation; shut down below.
        }

        await host.ShutdownAsync().ConfigureAwait(false);
        host.Print("stopped");
    }
}
