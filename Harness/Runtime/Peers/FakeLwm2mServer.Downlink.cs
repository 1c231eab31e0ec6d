using Harness.Protocol.Coap;
using Harness.Protocol.Lwm2m;
using Harness.Protocol.Lwm2m.Content;
using Harness.Protocol.Lwm2m.Messages;
using Harness.Runtime.Coap;

namespace Harness.Runtime.Peers;

/// <summary>
/// Device management and information reporting towards the registered client: typed requests in,
/// typed responses out (decoded when a codec is known). The target defaults to the only registration.
/// </summary>
public sealed partial class FakeLwm2mServer
{
    public Task<Lwm2mResponse> SendReadAsync(Lwm2mPath path, int? accept = null, Lwm2mRegistration? target = null, CancellationToken cancellationToken = default) =>
        SendAsync(new ReadRequest(path) { Accept = accept }, target, cancellationToken);

    public Task<Lwm2mResponse> SendWriteAsync(WriteRequest request, Lwm2mRegistration? target = null, CancellationToken cancellationToken = default) =>
        SendAsync(request, target, cancellationToken);

    public Task<Lwm2mResponse> SendExecuteAsync(Lwm2mPath path, IReadOnlyList<ExecuteArgument>? arguments = null, Lwm2mRegistration? target = null, CancellationToken cancellationToken = default) =>
        SendAsync(new ExecuteRequest(path) { Arguments = arguments ?? [] }, target, cancellationToken);

    public Task<Lwm2mResponse> SendCreateAsync(CreateRequest request, Lwm2mRegistration? target = null, CancellationToken cancellationToken = default) =>
        SendAsync(request, target, cancellationToken);

    public Task<Lwm2mResponse> SendDeleteAsync(Lwm2mPath path, Lwm2mRegistration? target = null, CancellationToken cancellationToken = default) =>
        SendAsync(new DeleteRequest(path), target, cancellationToken);

    public Task<Lwm2mResponse> SendDiscoverAsync(Lwm2mPath path, Lwm2mRegistration? target = null, CancellationToken cancellationToken = default) =>
        SendAsync(new DiscoverRequest(path), target, cancellationToken);

    public Task<Lwm2mResponse> SendWriteAttributesAsync(Lwm2mPath path, NotificationAttributes attributes, Lwm2mRegistration? target = null, CancellationToken cancellationToken = default) =>
        SendAsync(new WriteAttributesRequest(path, attributes), target, cancellationToken);

    public Task<Lwm2mResponse> SendReadCompositeAsync(ReadCompositeRequest request, Lwm2mRegistration? target = null, CancellationToken cancellationToken = default) =>
        SendAsync(request, target, cancellationToken);

    public Task<Lwm2mResponse> SendWriteCompositeAsync(WriteCompositeRequest request, Lwm2mRegistration? target = null, CancellationToken cancellationToken = default) =>
        SendAsync(request, target, cancellationToken);

    /// <summary>Any operation: sent now, or held while a queue-mode client sleeps; the response decoded when a codec fits.</summary>
    public Task<Lwm2mResponse> SendAsync(ILwm2mRequest request, Lwm2mRegistration? target = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var registration = target ?? TheRegistration();
        var message = request.ToCoapMessage();
        return WhenReachableAsync(registration, request.ToString()!, async () =>
        {
            var response = await Endpoint.SendRequestAsync(message, registration.Peer, null, cancellationToken).ConfigureAwait(false);
            return Decode(response, request, registration);
        }, cancellationToken);
    }

    public Task<Lwm2mServerObservation> SendObserveAsync(ObserveRequest request, Lwm2mRegistration? target = null, CancellationToken cancellationToken = default) =>
        ObserveAsync(request, target, cancellationToken);

    public Task<Lwm2mServerObservation> SendObserveCompositeAsync(ObserveCompositeRequest request, Lwm2mRegistration? target = null, CancellationToken cancellationToken = default) =>
        ObserveAsync(request, target, cancellationToken);

    /// <summary>Active cancellation: GET with Observe 1 and the observation's token.</summary>
    public async Task<Lwm2mResponse> SendCancelObservationAsync(Lwm2mServerObservation observation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(observation);
        var registration = observation.Registration;
        var response = await WhenReachableAsync(registration, $"Cancel Observation {observation.Observation.Request.UriPath}", () => observation.Observation.CancelAsync(cancellationToken), cancellationToken).ConfigureAwait(false);
        return Decode(response, null, registration);
    }

    /// <summary>The codec context for a response to <paramref name="request"/>: its path (root for composite), the model, the client's version.</summary>
    public Lwm2mCodecContext ContextFor(ILwm2mRequest? request, Lwm2mRegistration registration)
    {
        ArgumentNullException.ThrowIfNull(registration);
        var path = request switch
        {
            ReadRequest r => r.Path,
            ObserveRequest o => o.Path,
            WriteRequest w => w.Path,
            _ => Lwm2mPath.Root,
        };
        return new Lwm2mCodecContext(path, Settings.Model, registration.Version);
    }

    private async Task<Lwm2mServerObservation> ObserveAsync(ILwm2mRequest request, Lwm2mRegistration? target, CancellationToken cancellationToken)
    {
        var registration = target ?? TheRegistration();
        var message = request.ToCoapMessage();
        var observation = await WhenReachableAsync(registration, request.ToString()!, () => Endpoint.ObserveAsync(message, registration.Peer, null, cancellationToken), cancellationToken).ConfigureAwait(false);
        var first = observation.FirstResponse?.Message ?? throw new InvalidOperationException($"{request} returned without a first response");
        return new Lwm2mServerObservation(Decode(first, request, registration), observation, registration);
    }

    private Lwm2mResponse Decode(CoapMessage response, ILwm2mRequest? request, Lwm2mRegistration registration) =>
        Lwm2mResponse.From(response, Settings.Codecs, ContextFor(request, registration));

    private Lwm2mRegistration TheRegistration()
    {
        var all = Registrations;
        return all.Count == 1
            ? all[0]
            : throw new InvalidOperationException(all.Count == 0
                ? "No client is registered; expect and accept a Register first, or pass the target"
                : $"{all.Count} clients are registered ({string.Join(", ", all.Select(r => r.Endpoint))}); pass the target");
    }
}
