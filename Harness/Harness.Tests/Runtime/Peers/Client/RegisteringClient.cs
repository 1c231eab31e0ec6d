using Harness.Protocol.Coap;
using Harness.Protocol.Lwm2m;
using Harness.Protocol.Lwm2m.Messages;
using Harness.Protocol.Lwm2m.Model;
using Harness.Runtime.Coap;
using Harness.Runtime.Peers;
using Harness.Runtime.Peers.Client;

namespace Harness.Tests.Runtime.Peers.Client;

/// <summary>The registration engine on its own endpoint, pointed at a fake server, with its events recorded.</summary>
internal sealed class RegisteringClient : IAsyncDisposable
{
    /// <summary>The longest a test waits in real time for something the client does at once.</summary>
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    private readonly Lock gate = new();
    private readonly List<RegistrationEvent> events = [];
    private TaskCompletionSource arrival = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public RegisteringClient(FakeLwm2mServer server, Func<ClientRegistrationSettings, ClientRegistrationSettings>? configure = null, TimeProvider? time = null, CoapTransmissionSettings? transmission = null)
    {
        Endpoint = new CoapUdpEndpoint(new CoapUdpEndpointOptions
        {
            TimeProvider = time ?? TimeProvider.System,
            Settings = transmission ?? CoapTransmissionSettings.Default,
        });
        var settings = new ClientRegistrationSettings { Server = server.LocalEndPoint, Endpoint = "client-1", Lifetime = 300 };
        Engine = new Lwm2mClientRegistration(Endpoint, configure is null ? settings : configure(settings), LinksFor);
        Engine.EventRaised += (_, e) => Record(e);
    }

    public CoapUdpEndpoint Endpoint { get; }

    public Lwm2mClientRegistration Engine { get; }

    /// <summary>What the payload source returns; tests change it to add objects.</summary>
    public ObjectLinks Links { get; set; } = ObjectLinks.Of("/1/0", "/3/0");

    public List<VersionNumber> LinkRequests { get; } = [];

    public IReadOnlyList<RegistrationEvent> Events
    {
        get
        {
            lock (gate)
            {
                return [.. events];
            }
        }
    }

    /// <summary>Requests the client has sent, in order (retransmissions included).</summary>
    public IReadOnlyList<CoapMessage> SentRequests =>
        [.. Endpoint.Traffic.Where(d => d.Direction == CoapDatagramDirection.Sent && d.Message is { IsRequest: true }).Select(d => d.Message!)];

    /// <summary>The first event of <paramref name="kind"/>, already raised or still to come, within the real-time deadline.</summary>
    public async Task<RegistrationEvent> WaitForAsync(RegistrationEventKind kind, int occurrence = 1)
    {
        using var deadline = new CancellationTokenSource(Deadline);
        while (true)
        {
            Task next;
            lock (gate)
            {
                var found = events.Where(e => e.Kind == kind).Skip(occurrence - 1).FirstOrDefault();
                if (found is not null)
                {
                    return found;
                }

                next = arrival.Task;
            }

            try
            {
                await next.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                Assert.Fail($"no {kind} event #{occurrence} within {Deadline}; events: {string.Join(" | ", Events)}");
            }
        }
    }

    public async Task<Lwm2mRegistration> RegisterAcceptedAsync(FakeLwm2mServer server)
    {
        var registering = Engine.RegisterAsync();
        var register = await server.ExpectRegisterAsync();
        var registration = await register.AcceptAsync();
        Assert.That(await registering, Is.True, "the engine reports the Register as successful");
        return registration!;
    }

    public async ValueTask DisposeAsync()
    {
        await Engine.DisposeAsync();
        await Endpoint.DisposeAsync();
    }

    private ObjectLinks LinksFor(VersionNumber version)
    {
        lock (gate)
        {
            LinkRequests.Add(version);
        }

        return Links;
    }

    private void Record(RegistrationEvent e)
    {
        TaskCompletionSource previous;
        lock (gate)
        {
            events.Add(e);
            previous = arrival;
            arrival = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        previous.TrySetResult();
    }
}
