using Harness.Protocol.Coap;
using Harness.Protocol.Lwm2m;
using Harness.Protocol.Lwm2m.Content;
using Harness.Protocol.Lwm2m.Messages;
using Harness.Runtime.Coap;

namespace Harness.Runtime.Peers.Client;

/// <summary>
/// Observe, Observe-Composite and Cancel Observation (OMA TS Core §6.4): a notification follows every change
/// of an observed node, no sooner than pmin after the previous one, and at the latest pmax after it.
/// </summary>
public sealed partial class DeviceManagementResponder
{
    private readonly Dictionary<string, ClientObservation> observations = [];
    private readonly Lock observationGate = new();

    /// <summary>How many observations servers hold on this client now.</summary>
    public int ObservationCount
    {
        get
        {
            lock (observationGate)
            {
                return observations.Count;
            }
        }
    }

    private CoapMessage Observe(CoapIncomingRequest request, Lwm2mPath path, int? accept)
    {
        var response = Read(path, accept);
        return response.Code == CoapCode.Content ? Register(request, [path], composite: false, accept, null, response) : response;
    }

    private CoapMessage CancelObservation(CoapIncomingRequest request, int? accept)
    {
        Forget(ClientObservation.KeyOf(request.Peer, request.Message.Token));
        var path = Lwm2mPath.FromUriPath(request.Message.UriPathSegments);
        return Read(path, accept);
    }

    private CoapMessage Register(CoapIncomingRequest request, IReadOnlyList<Lwm2mPath> paths, bool composite, int? accept, int? requestFormat, CoapMessage response)
    {
        var resource = new CoapObservableResource(Endpoint, response);
        var first = resource.HandleAsync(request).AsTask().GetAwaiter().GetResult()!;
        var observation = new ClientObservation(request.Peer, request.Message.Token, paths, composite, accept, requestFormat, resource)
        {
            LastSent = Endpoint.TimeProvider.GetUtcNow(),
            LastPayload = response.Payload,
        };
        lock (observationGate)
        {
            if (observations.Remove(observation.Key, out var earlier))
            {
                earlier.Dispose();
            }

            observations[observation.Key] = observation;
        }

        ArmMaximumPeriod(observation);
        return first;
    }

    private void OnNodeChanged(object? sender, ClientNodeChangedEventArgs change)
    {
        List<ClientObservation> affected;
        lock (observationGate)
        {
            affected = [.. observations.Values.Where(o => o.Covers(change.Path))];
        }

        foreach (var observation in affected)
        {
            var pmin = MinimumPeriod(observation);
            var wait = observation.LastSent + pmin - Endpoint.TimeProvider.GetUtcNow();
            if (wait <= TimeSpan.Zero)
            {
                Notify(observation, onlyIfChanged: true);
            }
            else
            {
                observation.ArmMinimumPeriod(Endpoint.TimeProvider, wait, () => Notify(observation, onlyIfChanged: true));
            }
        }
    }

    /// <summary>Reads the observed nodes again and sends them; an error answer ends the observation (RFC 7641 §3.2).</summary>
    private void Notify(ClientObservation observation, bool onlyIfChanged)
    {
        var response = observation.IsComposite
            ? ReadComposite(observation.Paths, observation.Accept ?? observation.RequestFormat ?? ContentFormat.SenmlJson)
            : Read(observation.Paths[0], observation.Accept);
        if (onlyIfChanged && response.Code == CoapCode.Content && response.Payload.Span.SequenceEqual(observation.LastPayload.Span))
        {
            return;
        }

        observation.LastSent = Endpoint.TimeProvider.GetUtcNow();
        observation.LastPayload = response.Payload;
        bool ending = response.Code != CoapCode.Content;
        var delivery = observation.Resource.NotifyAsync(response, Options.NotificationType);
        _ = delivery.ContinueWith(
            _ =>
            {
                if (ending || observation.Resource.Observers.Count == 0)
                {
                    Forget(observation.Key);
                }
            },
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
        if (!ending)
        {
            ArmMaximumPeriod(observation);
        }
    }

    private void ArmMaximumPeriod(ClientObservation observation)
    {
        var pmax = observation.IsComposite ? null : Store.EffectiveAttributes(observation.Paths[0]).MaximumPeriod;
        observation.ArmMaximumPeriod(Endpoint.TimeProvider, pmax is { } seconds ? TimeSpan.FromSeconds(seconds) : null, () => Notify(observation, onlyIfChanged: false));
    }

    private TimeSpan MinimumPeriod(ClientObservation observation) =>
        observation.IsComposite ? TimeSpan.Zero : TimeSpan.FromSeconds(Store.EffectiveAttributes(observation.Paths[0]).MinimumPeriod ?? 0);

    private void Forget(string key)
    {
        ClientObservation? gone;
        lock (observationGate)
        {
            observations.Remove(key, out gone);
        }

        gone?.Dispose();
    }
}
