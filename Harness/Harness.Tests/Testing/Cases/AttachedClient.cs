using System.Collections.Concurrent;
using System.Net;
using Harness.Protocol.Coap;
using Harness.Protocol.Lwm2m.Messages;
using Harness.Runtime.Coap;

namespace Harness.Tests.Testing.Cases;

/// <summary>
/// A hand-driven LwM2M client standing in for an attached DUT: registers with a server that may not listen
/// yet (retrying, bounded), and answers Reads from a table of payloads with their Content-Format.
/// </summary>
internal sealed class AttachedClient : IAsyncDisposable
{
    /// <summary>At most this many Register attempts, each bounded by the short transmission settings below.</summary>
    private const int MaxRegisterAttempts = 40;

    private static readonly CoapTransmissionSettings Quick = new() { AckTimeout = TimeSpan.FromMilliseconds(200), MaxRetransmit = 1 };

    private readonly ConcurrentDictionary<string, (byte[] Payload, int ContentFormat)> values = new(StringComparer.Ordinal);

    public AttachedClient()
    {
        Endpoint = new CoapUdpEndpoint(new CoapUdpEndpointOptions { RequestHandler = AnswerAsync, Settings = Quick });
    }

    public CoapUdpEndpoint Endpoint { get; }

    public void Set(string path, string text, int contentFormat = ContentFormat.TextPlain) =>
        values[path] = (System.Text.Encoding.UTF8.GetBytes(text), contentFormat);

    /// <summary>Sends <paramref name="register"/> until a server at <paramref name="server"/> answers it; returns the answer.</summary>
    public async Task<CoapMessage> RegisterAsync(RegisterRequest register, IPEndPoint server, CancellationToken cancellationToken)
    {
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                return await Endpoint.SendRequestAsync(register.ToCoapMessage(), server, null, cancellationToken);
            }
            catch (Exception e) when (e is CoapTimeoutException or System.Net.Sockets.SocketException && attempt < MaxRegisterAttempts)
            {
                // The server of the test is not listening yet; the next attempt is paced by the CoAP timeout.
            }
        }
    }

    public ValueTask DisposeAsync() => Endpoint.DisposeAsync();

    private ValueTask<CoapMessage?> AnswerAsync(CoapIncomingRequest request, CancellationToken cancellationToken)
    {
        var read = DownlinkRequestReader.Read(request.Message);
        CoapMessage response = read.Value is ReadRequest r && values.TryGetValue(r.Path.ToString(), out var value)
            ? Lwm2mResponses.Content(value.Payload, value.ContentFormat)
            : Lwm2mResponses.NotFound();
        return ValueTask.FromResult<CoapMessage?>(response);
    }
}
