using Harness.Protocol.Lwm2m;
using Harness.Protocol.Lwm2m.Content;
using Harness.Protocol.Lwm2m.Messages;
using Harness.Protocol.Lwm2m.Model;
using Harness.Runtime.Coap;
using Harness.Runtime.Peers;
using Harness.Runtime.Peers.Client;

namespace Harness.Tests.Runtime.Peers.Client;

/// <summary>
/// The reference client's objects and responder on a loopback endpoint, registered with a real
/// <see cref="FakeLwm2mServer"/> that answers registration traffic by itself.
/// </summary>
internal sealed class ClientUnderTest : IAsyncDisposable
{
    /// <summary>Every wait of these tests; generous because loopback answers come in milliseconds.</summary>
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(20);

    private ClientUnderTest(FakeLwm2mServer server, CoapUdpEndpoint endpoint, DeviceManagementResponder responder)
    {
        Server = server;
        Endpoint = endpoint;
        Responder = responder;
    }

    public FakeLwm2mServer Server { get; }

    public CoapUdpEndpoint Endpoint { get; }

    public DeviceManagementResponder Responder { get; }

    public ClientObjectStore Store => Responder.Store;

    public static async Task<ClientUnderTest> StartAsync(DeviceManagementOptions? options = null)
    {
        options ??= new DeviceManagementOptions();
        var server = new FakeLwm2mServer(new FakeLwm2mServerSettings
        {
            ExpectTimeout = Deadline,
            AnswerPolicy = RegistrationAnswerPolicy.Automatic,
            Codecs = format => Lwm2mContentCodecs.TryGet(format, out var codec) ? codec : null,
        });
        var endpoint = new CoapUdpEndpoint();
        var store = ReferenceDeviceObjects.Create(new ReferenceDeviceSettings
        {
            ServerUri = $"coap://{server.LocalEndPoint}",
            LifetimeSeconds = 300,
            Lwm2mVersion = options.Lwm2mVersion,
        });
        var responder = new DeviceManagementResponder(endpoint, store, options);
        var register = new RegisterRequest("client-dm-test")
        {
            Version = options.Lwm2mVersion,
            Lifetime = 300,
            ObjectLinks = store.RegistrationLinks(options.Lwm2mVersion),
        };
        await endpoint.SendRequestAsync(register.ToCoapMessage(), server.LocalEndPoint);
        return new ClientUnderTest(server, endpoint, responder);
    }

    public Lwm2mCodecContext ContextFor(Lwm2mPath path) => new(path, BuiltInObjectModel.Registry, Responder.Options.Lwm2mVersion);

    public async ValueTask DisposeAsync()
    {
        await Endpoint.DisposeAsync();
        await Server.DisposeAsync();
    }
}
