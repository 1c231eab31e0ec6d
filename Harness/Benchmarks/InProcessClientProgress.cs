using System.Net;
using Harness.Testing.Suite;

namespace Harness.Benchmarks;

/// <summary>Lets the in-process client register with each test's server: started when a test starts, stopped when it ends.</summary>
internal sealed class InProcessClientProgress(InProcessClient client, IPEndPoint server) : ISuiteProgress, IDisposable
{
    private CancellationTokenSource? current;
    private Task registering = Task.CompletedTask;

    public void RunStarting(SuiteSelection selection)
    {
    }

    public void TestStarted(SuiteTestStarted started)
    {
        current = new CancellationTokenSource();
        var token = current.Token;
        registering = Task.Run(() => client.RegisterAsync(server, token), token);
    }

    public void TestFinished(SuiteTestResult result)
    {
        current?.Cancel();
        // RegisterAsync ends on cancellation; wait so that the next test starts from a quiet client.
        registering.ContinueWith(_ => { }, TaskScheduler.Default).Wait(TimeSpan.FromSeconds(5));
        current?.Dispose();
        current = null;
    }

    public void Dispose() => current?.Dispose();
}
