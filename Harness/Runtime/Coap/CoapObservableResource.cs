using Harness.Protocol.Coap;
using Harness.Protocol.Coap.Blockwise;
using Harness.Protocol.Coap.Observe;

namespace Harness.Runtime.Coap;

/// <summary>
/// The observed-resource side of RFC 7641 for one resource: GET with Observe=0 registers, Observe=1 or
/// an RST to a notification or a CON notification that is never ACKed removes the observer (§3.6, §4.5).
/// Notifications carry increasing 24-bit sequence numbers (§4.4), go out as CON or NON, and a large
/// representation is sent as its first block, the rest fetched with GET and Block2 (RFC 7959 §2.6).
/// </summary>
public sealed class CoapObservableResource
{
    private readonly CoapUdpEndpoint endpoint;
    private readonly CoapBlock2Responder blocks;
    private readonly ObserveSequenceGenerator sequence = new();
    private readonly Dictionary<PeerTokenKey, CoapObserver> observers = [];
    private readonly List<(CoapObserver Observer, string Reason)> removed = [];
    private readonly Lock gate = new();
    private CoapMessage representation;

    /// <param name="representation">The current state: code (normally 2.05), options such as Content-Format, payload.</param>
    public CoapObservableResource(CoapUdpEndpoint endpoint, CoapMessage representation, int maxBlockSize = BlockSizes.Largest)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(representation);
        this.endpoint = endpoint;
        this.representation = representation;
        blocks = new CoapBlock2Responder(maxBlockSize);
    }

    public CoapMessage Representation
    {
        get
        {
            lock (gate)
            {
                return representation;
            }
        }
    }

    public IReadOnlyList<CoapObserver> Observers
    {
        get
        {
            lock (gate)
            {
                return [.. observers.Values];
            }
        }
    }

    /// <summary>Observers removed so far and why, for tests that check the removal rules.</summary>
    public IReadOnlyList<(CoapObserver Observer, string Reason)> Removed
    {
        get
        {
            lock (gate)
            {
                return [.. removed];
            }
        }
    }

    /// <summary>Serves a request for this resource: use it as, or from, a <see cref="CoapRequestHandler"/>.</summary>
    public ValueTask<CoapMessage?> HandleAsync(CoapIncomingRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var message = request.Message;
        // FETCH is observable like GET (RFC 8132 §2.4); LwM2M's Observe-Composite relies on it.
        if (message.Code != CoapCode.Get && message.Code != CoapCode.Fetch)
        {
            return ValueTask.FromResult<CoapMessage?>(new CoapMessage(CoapMessageType.Acknowledgement, CoapCode.MethodNotAllowed));
        }

        var key = PeerTokenKey.Of(request.Peer, message.Token);
        lock (gate)
        {
            switch (message.Observe)
            {
                case 0:
                    observers[key] = new CoapObserver(request.Peer, message.Token.ToArray(), request.ReceivedAt);
                    var first = blocks.Respond(message, representation);
                    return ValueTask.FromResult<CoapMessage?>(first.WithReplacedOption(sequence.NextOption()));
                case 1:
                    Remove(key, "GET with Observe=1");
                    break;
            }

            return ValueTask.FromResult<CoapMessage?>(blocks.Respond(message, representation));
        }
    }

    /// <summary>
    /// Changes the state and notifies every observer; completes when each CON notification is ACKed or has
    /// failed (its observer is then removed). NON notifications complete at once.
    /// </summary>
    public async Task NotifyAsync(CoapMessage newRepresentation, CoapMessageType type = CoapMessageType.Confirmable, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(newRepresentation);
        var deliveries = new List<Task>();
        lock (gate)
        {
            representation = newRepresentation;
            foreach (var (key, observer) in observers)
            {
                var notification = blocks.FirstBlock(newRepresentation).WithToken(observer.Token).WithReplacedOption(sequence.NextOption());
                deliveries.Add(Deliver(key, observer, notification, type, cancellationToken));
            }
        }

        await Task.WhenAll(deliveries).ConfigureAwait(false);
    }

    private async Task Deliver(PeerTokenKey key, CoapObserver observer, CoapMessage notification, CoapMessageType type, CancellationToken cancellationToken)
    {
        if (type == CoapMessageType.NonConfirmable)
        {
            endpoint.SendNonConfirmable(notification, observer.Peer, _ => Remove(key, "RST to a NON notification"));
            return;
        }

        try
        {
            await endpoint.SendConfirmableAsync(notification, observer.Peer, cancellationToken).ConfigureAwait(false);
        }
        catch (CoapResetException)
        {
            Remove(key, "RST to a CON notification");
        }
        catch (CoapTimeoutException)
        {
            Remove(key, "CON notification not acknowledged");
        }
    }

    private void Remove(PeerTokenKey key, string reason)
    {
        lock (gate)
        {
            if (observers.Remove(key, out var observer))
            {
                removed.Add((observer, reason));
            }
        }
    }
}
