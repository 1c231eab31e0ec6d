using System.Net;
using System.Net.Sockets;
using Harness.Protocol.Lwm2m.Messages;
using Harness.Runtime.Coap;

namespace Harness.Benchmarks;

/// <summary>
/// A DUT in the benchmark's own process for an attach plan: when a test starts, it registers with the server the
/// test opens on the plan's fixed port, retrying while that server is not listening yet. Takes process start-up
/// out of the measurement, leaving the harness's own cost.
/// </summary>
internal sealed class InProcessClient : IAsyncDisposable
{
    /// <summary>Bounds the retries: each is paced by an ICMP refusal or the short ACK timeout below.</summary>
    private const int MaxRegisterAttempts = 200;

    private static readonly CoapTransmissionSettings Quick = new() { AckTimeout = TimeSpan.FromMilliseconds(50), MaxRetransmit = 0 };

    private readonly CoapUdpEndpoint endpoint = new(new CoapUdpEndpointOptions { Settings = Quick });
    private readonly RegisterRequest register;

    public InProcessClient(string endpointName, uint lifetimeSeconds)
    {
        register = new RegisterRequest(endpointName) { Lifetime = lifetimeSeconds };
    }

    /// <summary>Registers with <paramref name="server"/>, retrying until it answers, the attempts run out or the test ends.</summary>
    public async Task RegisterAsync(IPEndPoint server, CancellationToken cancellationToken)
    {
        for (int attempt = 1; attempt <= MaxRegisterAttempts && !cancellationToken.IsCancellationRequested; attempt++)
        {
            try
            {
                await endpoint.SendRequestAsync(register.ToCoapMessage(), server, null, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (Exception e) when (e is CoapTimeoutException or SocketException)
            {
                // The test's server is not bound yet.
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    public ValueTask DisposeAsync() => endpoint.DisposeAsync();
}
