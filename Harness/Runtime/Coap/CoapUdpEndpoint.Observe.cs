using System.Net;
using Harness.Protocol.Coap;

namespace Harness.Runtime.Coap;

/// <summary>The observer side of RFC 7641.</summary>
public sealed partial class CoapUdpEndpoint
{
    /// <summary>
    /// Registers with a GET (or FETCH) carrying Observe=0 and waits for the first response. Check
    /// <see cref="CoapObservation.IsEstablished"/>: a server may answer without Observe, which means no observation.
    /// </summary>
    public async Task<CoapObservation> ObserveAsync(CoapMessage request, IPEndPoint peer, CoapRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var registration = request.WithReplacedOption(CoapOption.FromUInt(OptionNumber.Observe, 0));
        var observation = new CoapObservation(this, registration, peer, TimeProvider.GetUtcNow());
        var exchange = await BeginRequestAsync(registration, peer, options, observation.OnNotification, cancellationToken).ConfigureAwait(false);
        observation.Attach(exchange);
        try
        {
            var response = await AwaitResponseAsync(exchange, cancellationToken).ConfigureAwait(false);
            await observation.EstablishAsync(response, cancellationToken).ConfigureAwait(false);
            return observation;
        }
        catch
        {
            observation.ForgetAndResetNext();
            throw;
        }
    }
}
