using System.Net;
using Harness.Protocol.Lwm2m;
using Harness.Protocol.Lwm2m.Values;
using Harness.Runtime.Coap;
using Harness.Runtime.Peers.Client;

namespace Harness.ReferenceDevice;

/// <summary>
/// One running reference device: its CoAP endpoint, its registration engine, and its event lines on the output.
/// Disposing closes the endpoint without De-register; <see cref="ShutdownAsync"/> De-registers first.
/// </summary>
internal sealed class ReferenceDeviceHost : IAsyncDisposable
{
    /// <summary>
    /// How long the De-register on shutdown may take: below the 5 s the harness grants each polite stop step
    /// (ProcessDutSettings.PoliteStopDeadline), so a silent server cannot turn a stop into a hang.
    /// </summary>
    public static readonly TimeSpan ShutdownDeregisterLimit = TimeSpan.FromSeconds(4);

    private readonly TextWriter output;
    private readonly Lock outputGate = new();

    private ReferenceDeviceHost(DeviceOptions options, TextWriter output)
    {
        this.output = output;
        Options = options;
        var transmission = options.AckTimeout is { } ack ? CoapTransmissionSettings.Default with { AckTimeout = ack } : CoapTransmissionSettings.Default;
        Endpoint = new CoapUdpEndpoint(new CoapUdpEndpointOptions
        {
            LocalEndPoint = new IPEndPoint(LocalAddressFor(options.Server.Address), options.Port),
            Settings = transmission,
        });
        Objects = ReferenceDeviceObjects.Create(new ReferenceDeviceSettings
        {
            ServerUri = $"coap://{options.Server}",
            LifetimeSeconds = options.Lifetime,
            Lwm2mVersion = options.Version,
        });
        if (options.Binding != ReferenceDeviceObjects.Binding)
        {
            Objects.SetValue(Lwm2mPath.Parse("/1/0/7"), Lwm2mValue.String(options.Binding));
        }

        Responder = new DeviceManagementResponder(Endpoint, Objects, new DeviceManagementOptions
        {
            Lwm2mVersion = options.Version,
            Faults = options.Faults.Any(f => f.WrongReadContentFormat) ? DeviceManagementFaults.WrongReadContentFormat : DeviceManagementFaults.None,
        });
        Registration = new Lwm2mClientRegistration(Endpoint, RegistrationSettings(options), version => Objects.RegistrationLinks(version));
        Registration.EventRaised += (_, e) => Print(e.Text);
        Binding = new DeviceObjectsBinding(Objects, Registration, Print);
    }

    public DeviceOptions Options { get; }

    public CoapUdpEndpoint Endpoint { get; }

    public Lwm2mClientRegistration Registration { get; }

    /// <summary>Objects 0, 1 and 3 with the ETS configuration C.3 values.</summary>
    public ClientObjectStore Objects { get; }

    /// <summary>Answers the server's device-management requests on <see cref="Endpoint"/>.</summary>
    public DeviceManagementResponder Responder { get; }

    public DeviceObjectsBinding Binding { get; }

    /// <summary>Binds the endpoint and prints the start line; registering is up to the caller.</summary>
    public static ReferenceDeviceHost Create(DeviceOptions options, TextWriter output)
    {
        var host = new ReferenceDeviceHost(options, output);
        host.Print($"started endpoint={options.Endpoint} local={host.Endpoint.LocalEndPoint} server={options.Server} lwm2m={options.Version}"
            + (options.Faults.Count == 0 ? string.Empty : $" faults={string.Join(',', options.Faults.Select(f => f.Name))}"));
        return host;
    }

    /// <summary>De-registers (unless the no-deregister fault says otherwise) within <see cref="ShutdownDeregisterLimit"/>.</summary>
    public async Task ShutdownAsync()
    {
        using var limit = new CancellationTokenSource(ShutdownDeregisterLimit, Endpoint.TimeProvider);
        try
        {
            await Binding.DrainAsync().WaitAsync(limit.Token).ConfigureAwait(false);
            await Registration.StopAsync(limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (limit.IsCancellationRequested)
        {
            Print($"deregister abandoned: no answer within {ShutdownDeregisterLimit.TotalSeconds:0} s");
        }
    }

    public void Print(string line)
    {
        lock (outputGate)
        {
            output.WriteLine(line);
            output.Flush();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Registration.DisposeAsync().ConfigureAwait(false);
        await Endpoint.DisposeAsync().ConfigureAwait(false);
    }

    private static ClientRegistrationSettings RegistrationSettings(DeviceOptions options) => new()
    {
        Server = options.Server,
        Endpoint = options.Endpoint,
        Lifetime = options.Lifetime,
        Version = options.Version,
        Binding = options.Binding,
        QueueMode = options.QueueMode,
        AwakeWindow = options.AwakeWindow,
        Faults = options.Faults.Aggregate(RegistrationFaults.None, (all, f) => all | f.Registration),
    };

    private static IPAddress LocalAddressFor(IPAddress server) =>
        server.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6
            ? (IPAddress.IsLoopback(server) ? IPAddress.IPv6Loopback : IPAddress.IPv6Any)
            : (IPAddress.IsLoopback(server) ? IPAddress.Loopback : IPAddress.Any);
}
