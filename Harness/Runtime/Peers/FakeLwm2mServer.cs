using System.Globalization;
using System.Net;
using Harness.Protocol.Coap;
using Harness.Protocol.Lwm2m.Messages;
using Harness.Runtime.Coap;

namespace Harness.Runtime.Peers;

/// <summary>
/// The harness as LwM2M Server for a client under test, on one <see cref="CoapUdpEndpoint"/>. Lock-step:
/// Expect Register / Update / De-register / Send within a deadline and answer each through its handle;
/// send device-management requests and get typed responses; requests to a sleeping queue-mode client are
/// held until its next Register or Update. Registrations are tracked from accepted answers; every
/// datagram is in <see cref="Traffic"/>; <see cref="Endpoint"/> is the raw level beneath.
/// </summary>
public sealed partial class FakeLwm2mServer : IAsyncDisposable
{
    public const string RegistrationSegment = RegisterRequest.RegistrationPath;

    private readonly Lock gate = new();
    // Requests no Expect call has taken yet, in arrival order.
    private readonly List<ReceivedUplink> inbox = [];
    private readonly Dictionary<string, Lwm2mRegistration> registrations = new(StringComparer.Ordinal);
    private TaskCompletionSource arrival = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long sequence;
    private int lastLocationId;

    public FakeLwm2mServer(FakeLwm2mServerSettings? settings = null)
    {
        Settings = settings ?? new FakeLwm2mServerSettings();
        Endpoint = new CoapUdpEndpoint(new CoapUdpEndpointOptions
        {
            LocalEndPoint = Settings.LocalEndPoint,
            Settings = Settings.Transmission,
            TimeProvider = Settings.TimeProvider,
            RequestHandler = HandleAsync,
        });
    }

    public FakeLwm2mServerSettings Settings { get; }

    /// <summary>The CoAP endpoint beneath: raw send, raw receive mode, decode errors, incidents.</summary>
    public CoapUdpEndpoint Endpoint { get; }

    public IPEndPoint LocalEndPoint => Endpoint.LocalEndPoint;

    /// <summary>Every datagram sent and received, in order: the evidence of a test.</summary>
    public IReadOnlyList<CoapDatagram> Traffic => Endpoint.Traffic;

    /// <summary>"coap://127.0.0.1:port", what a client under test is configured with.</summary>
    public Uri ServerUri => new($"coap://{LocalEndPoint}");

    public IReadOnlyList<Lwm2mRegistration> Registrations
    {
        get
        {
            lock (gate)
            {
                return [.. registrations.Values];
            }
        }
    }

    public Lwm2mRegistration? FindRegistration(string endpoint)
    {
        lock (gate)
        {
            return registrations.Values.FirstOrDefault(r => r.Endpoint == endpoint);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Endpoint.DisposeAsync().ConfigureAwait(false);
        FailHeldRequests(new ObjectDisposedException(nameof(FakeLwm2mServer), $"fake LwM2M server {LocalEndPoint} closed"));
    }

    private static UplinkKind Classify(CoapMessage message)
    {
        var path = message.UriPathSegments;
        bool underRd = path.Count >= 2 && path[0] == RegistrationSegment;
        if (message.Code == CoapCode.Post)
        {
            return path.Count == 1 && path[0] == RegistrationSegment ? UplinkKind.Register
                : underRd ? UplinkKind.Update
                : path.Count == 1 && path[0] == SendRequest.DataPushPath ? UplinkKind.Send
                : UplinkKind.Other;
        }

        return message.Code == CoapCode.Delete && underRd ? UplinkKind.Deregister : UplinkKind.Other;
    }

    private async ValueTask<CoapMessage?> HandleAsync(CoapIncomingRequest incoming, CancellationToken cancellationToken)
    {
        var uplink = new ReceivedUplink(incoming, Classify(incoming.Message), Interlocked.Increment(ref sequence));
        CoapMessage? automatic = uplink.Kind == UplinkKind.Other
            ? Lwm2mResponses.NotFound($"{incoming.Message.Code.Describe()} {incoming.Message.UriPath} is no LwM2M Server interface")
            : Settings.AnswerPolicy == RegistrationAnswerPolicy.Automatic ? AnswerAutomatically(uplink) : null;
        if (automatic is not null)
        {
            uplink.AutomaticAnswer = automatic;
            uplink.Answer.TrySetResult(automatic);
        }

        lock (gate)
        {
            inbox.Add(uplink);
        }

        Pulse();
        return automatic ?? await uplink.Answer.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Wakes every Expect call so it looks at the inbox again.</summary>
    private void Pulse()
    {
        TaskCompletionSource previous;
        lock (gate)
        {
            previous = arrival;
            arrival = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        previous.TrySetResult();
    }

    private CoapMessage AnswerAutomatically(ReceivedUplink uplink)
    {
        object? parsed = uplink.Kind switch
        {
            UplinkKind.Register => RegisterRequest.Parse(uplink.Message, Settings.ExpectedVersion).Value,
            UplinkKind.Update => UpdateRequest.Parse(uplink.Message, null, RegistrationAt(uplink.Message)?.Version).Value,
            UplinkKind.Deregister => DeregisterRequest.Parse(uplink.Message).Value,
            _ => SendRequest.Parse(uplink.Message).Value,
        };
        if (parsed is null)
        {
            return Lwm2mResponses.BadRequest($"invalid {uplink.Kind}");
        }

        var (response, after) = Track(uplink, parsed);
        if (after is not null && uplink.Kind is UplinkKind.Register or UplinkKind.Update && HasHeldRequests(after.Endpoint))
        {
            _ = FlushAfterReplyAsync(uplink, after);
        }

        return response;
    }

    private Lwm2mRegistration? RegistrationAt(CoapMessage message)
    {
        lock (gate)
        {
            return registrations.GetValueOrDefault(message.UriPath);
        }
    }

    /// <summary>The success answer of an accepted request and the registration it leaves (null after De-register).</summary>
    private (CoapMessage Response, Lwm2mRegistration? After) Track(ReceivedUplink uplink, object parsed)
    {
        var now = Settings.TimeProvider.GetUtcNow();
        lock (gate)
        {
            switch (parsed)
            {
                case RegisterRequest register:
                    foreach (var stale in registrations.Values.Where(r => r.Endpoint == register.Endpoint).ToList())
                    {
                        registrations.Remove(stale.LocationPath);
                    }

                    string[] location = [RegistrationSegment, (++lastLocationId).ToString("x4", CultureInfo.InvariantCulture)];
                    var created = new Lwm2mRegistration(
                        register.Endpoint, location, uplink.Incoming.Peer, register.EffectiveLifetime, register.EffectiveBinding,
                        register.QueueMode, register.EffectiveVersion, register.ObjectLinks, now, now);
                    registrations[created.LocationPath] = created;
                    return (Lwm2mResponses.Created(location), created);
                case UpdateRequest update when registrations.TryGetValue(update.LocationPath, out var current):
                    var updated = current with
                    {
                        Peer = uplink.Incoming.Peer,
                        Lifetime = update.Lifetime ?? current.Lifetime,
                        Binding = update.Binding ?? current.Binding,
                        ObjectLinks = update.ObjectLinks ?? current.ObjectLinks,
                        LastUpdateAt = now,
                    };
                    registrations[updated.LocationPath] = updated;
                    return (Lwm2mResponses.Changed(), updated);
                case DeregisterRequest deregister when registrations.Remove(deregister.LocationPath):
                    return (Lwm2mResponses.Deleted(), null);
                case SendRequest:
                    return (Lwm2mResponses.Changed(), null);
                default:
                    return (Lwm2mResponses.NotFound($"no registration at {uplink.Message.UriPath}"), null);
            }
        }
    }
}
