using System.Net;
using Harness.Protocol.Lwm2m;
using Harness.Protocol.Lwm2m.Messages;
using Harness.Protocol.Lwm2m.Model;
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
        Registration = new Lwm2mClientRegistration(Endpoint, RegistrationSettings(options), ObjectLinksFor);
        Registration.EventRaised += (_, e) => Print(e.Text);
    }

    public DeviceOptions Options { get; }

    public CoapUdpEndpoint Endpoint { get; }

    public Lwm2mClientRegistration Registration { get; }

    /// <summary>Binds the endpoint and prints the start line; registering is up to the caller.</summary>
    public static ReferenceDeviceHost Create(DeviceOptions options, TextWriter output)
    {
        var host = new ReferenceDeviceHost(options, output);
        host.Print($"started endpoint={options.Endpoint} local={host.Endpoint.LocalEndPoint} server={options.Server} lwm2m={options.Version}"
            + (options.Faults.Count == 0 ? string.Empty : $" faults={string.Join(',', options.Faults.Select(f => f.Name))}"));
        foreach (var fault in options.Faults.Where(f => f.WrongReadContentFormat))
        {
            host.Print($"note: fault {fault.Name} has no effect: this build answers no device-management requests");
        }

        return host;
    }

    /// <summary>De-registers (unless the no-deregister fault says otherwise) within <see cref="ShutdownDeregisterLimit"/>.</summary>
    public async Task ShutdownAsync()
    {
        using var limit = new CancellationTokenSource(ShutdownDeregisterLimit, Endpoint.TimeProvider);
        try
        {
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

    /// <summary>The Objects and Object Instances this build has: the Server and Device objects, with versions from 1.1 on.</summary>
    private static ObjectLinks ObjectLinksFor(VersionNumber version) => version <= Lwm2mVersions.V10
        ? ObjectLinks.Of("/1/0", "/3/0")
        : new ObjectLinks([
            ObjectLink.Of(Lwm2mPath.Parse("/1"), Lwm2mVersions.V11),
            ObjectLink.Of(Lwm2mPath.Parse("/1/0")),
            ObjectLink.Of(Lwm2mPath.Parse("/3"), Lwm2mVersions.V11),
            ObjectLink.Of(Lwm2mPath.Parse("/3/0")),
        ]);

    private static IPAddress LocalAddressFor(IPAddress server) =>
        server.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6
            ? (IPAddress.IsLoopback(server) ? IPAddress.IPv6Loopback : IPAddress.IPv6Any)
            : (IPAddress.IsLoopback(server) ? IPAddress.Loopback : IPAddress.Any);
}
