using System.Globalization;
using Harness.Protocol.Lwm2m;
using Harness.Protocol.Lwm2m.Messages;
using Harness.Runtime.Coap;
using Harness.Runtime.Dut;
using Harness.Runtime.Peers;
using Harness.Testing.Plan;

namespace Harness.Tests.Interop.NodeLib;

/// <summary>
/// One run of the lwm2m-node-lib client against a fresh <see cref="FakeLwm2mServer"/> on loopback, started by
/// <see cref="ProcessDutAdapter"/> exactly as the device's testplan.yaml says (command, working directory,
/// environment, stimuli), with the values of one test: a fresh endpoint name and the server's port.
/// </summary>
internal sealed class NodeLibClient : IAsyncDisposable
{
    /// <summary>
    /// A short ACK_TIMEOUT and two retransmissions: a request the client never acknowledges gives up after
    /// MAX_TRANSMIT_WAIT = 0.5 s × (2³ − 1) × 1.5 ≈ 5 s instead of the RFC's 93 s. The client answers within
    /// milliseconds on loopback, so a request it does answer is never retransmitted.
    /// </summary>
    public static readonly CoapTransmissionSettings Transmission = new() { AckTimeout = TimeSpan.FromMilliseconds(500), MaxRetransmit = 2 };

    /// <summary>Long enough for Node to start on a loaded 2-core machine; only reached when something is broken.</summary>
    public static readonly TimeSpan MustHappenWithin = TimeSpan.FromSeconds(20);

    private NodeLibClient(FakeLwm2mServer server, ProcessDutAdapter adapter, TestPlan plan, string endpoint)
    {
        Server = server;
        Adapter = adapter;
        Plan = plan;
        Endpoint = endpoint;
    }

    public FakeLwm2mServer Server { get; }

    public ProcessDutAdapter Adapter { get; }

    public TestPlan Plan { get; }

    public string Endpoint { get; }

    public uint Lifetime => (uint)Plan.Ixit.LifetimeSeconds;

    /// <summary>The client's console and the adapter's log, for failure messages.</summary>
    public string Evidence => Adapter.Evidence.ToText();

    /// <summary>Starts the client; it is up once it prints "registering", its Register then on the way to <see cref="Server"/>.</summary>
    /// <param name="quitLine">The console line the adapter stops the client with; null leaves SIGTERM as the first step.</param>
    public static async Task<NodeLibClient> StartAsync(string? quitLine = "quit")
    {
        string folder = await NodeLibInstallation.EnsureInstalledAsync().ConfigureAwait(false);
        var plan = TestPlanLoader.Load(NodeLibInstallation.PlanPath).PlanOrThrow();
        var adapterPlan = plan.Dut.Adapter;
        var settings = new ProcessDutSettings
        {
            CommandTemplate = adapterPlan.Command!,
            WorkingDirectory = Path.GetFullPath(adapterPlan.WorkingDirectory ?? ".", folder),
            Environment = adapterPlan.Environment,
            Stimuli = adapterPlan.Stimuli,
            QuitLine = quitLine,
            ReadyPattern = "^registering ",
            ReadyDeadline = TimeSpan.FromSeconds(adapterPlan.StartTimeoutSeconds),
            PoliteStopDeadline = TimeSpan.FromSeconds(adapterPlan.StopTimeoutSeconds),
        };
        var server = new FakeLwm2mServer(new FakeLwm2mServerSettings
        {
            Transmission = Transmission,
            ExpectTimeout = MustHappenWithin,
            ExpectedVersion = Lwm2mVersions.V10,
        });
        var adapter = new ProcessDutAdapter(settings);
        string endpoint = $"urn:dev:node-lib-{Guid.NewGuid():N}"[..32];
        var client = new NodeLibClient(server, adapter, plan, endpoint);
        try
        {
            await adapter.StartAsync(new DutConfiguration
            {
                ServerUri = server.ServerUri.ToString(),
                ServerPort = server.LocalEndPoint.Port,
                Endpoint = endpoint,
                Lifetime = TimeSpan.FromSeconds(plan.Ixit.LifetimeSeconds),
                Extra = new Dictionary<string, string>(StringComparer.Ordinal) { ["planDir"] = folder },
            }).ConfigureAwait(false);
        }
        catch
        {
            await client.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return client;
    }

    /// <summary>Starts the client and accepts its first Register; returns that Register and the registration it made.</summary>
    public static async Task<(NodeLibClient Client, IncomingLwm2mRequest<RegisterRequest> Register, Lwm2mRegistration Registration)> StartRegisteredAsync(string? quitLine = "quit")
    {
        var client = await StartAsync(quitLine).ConfigureAwait(false);
        try
        {
            var register = await client.Server.ExpectRegisterAsync().ConfigureAwait(false);
            var registration = await register.AcceptAsync().ConfigureAwait(false);
            await client.OutputAsync("registered ").ConfigureAwait(false);
            return (client, register, registration!);
        }
        catch
        {
            await client.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Waits for the client's next console line starting with <paramref name="prefix"/> (its event log).</summary>
    public async Task<string> OutputAsync(string prefix, int from = 0)
    {
        using var deadline = new CancellationTokenSource(MustHappenWithin);
        try
        {
            var entry = await Adapter.Evidence.FirstMatchAsync(e => e.Kind == DutEvidenceKind.StandardOutput && e.Text.StartsWith(prefix, StringComparison.Ordinal), from, deadline.Token).WaitAsync(deadline.Token).ConfigureAwait(false);
            return entry.Text;
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"the client did not print a line starting with '{prefix}' within {MustHappenWithin.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s:\n{Evidence}");
        }
    }

    public async Task StimulusAsync(string name)
    {
        var result = await Adapter.SendStimulusAsync(name).ConfigureAwait(false);
        Assert.That(result.IsDone, Is.True, $"stimulus {name}: {result}\n{Evidence}");
    }

    public async ValueTask DisposeAsync()
    {
        await Adapter.DisposeAsync().ConfigureAwait(false);
        await Server.DisposeAsync().ConfigureAwait(false);
    }
}
