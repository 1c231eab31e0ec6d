using System.Collections.Concurrent;
using Harness.Protocol.Coap;
using Harness.Protocol.Lwm2m.Messages;
using Harness.Runtime.Coap;

namespace Harness.Tests.Runtime.Peers;

/// <summary>A minimal LwM2M client for tests of the fake server: sends what it is told, answers reads from a table.</summary>
internal sealed class TestClient : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, string> values = new(StringComparer.Ordinal);

    public TestClient(TimeProvider? time = null)
    {
        Endpoint = new CoapUdpEndpoint(new CoapUdpEndpointOptions { RequestHandler = AnswerAsync, TimeProvider = time ?? TimeProvider.System });
    }

    public CoapUdpEndpoint Endpoint { get; }

    public ConcurrentQueue<CoapMessage> Received { get; } = new();

    /// <summary>Serves Observe and its cancellation of one path, when set.</summary>
    public (string Path, CoapObservableResource Resource)? Observable { get; set; }

    /// <summary>Operations the client recognised, in arrival order.</summary>
    public ConcurrentQueue<string> Operations { get; } = new();

    public void Set(string path, string text) => values[path] = text;

    public Task<CoapMessage> SendAsync(ILwm2mRequest request, System.Net.IPEndPoint server) => Endpoint.SendRequestAsync(request.ToCoapMessage(), server);

    public ValueTask DisposeAsync() => Endpoint.DisposeAsync();

    private ValueTask<CoapMessage?> AnswerAsync(CoapIncomingRequest request, CancellationToken cancellationToken)
    {
        Received.Enqueue(request.Message);
        var read = DownlinkRequestReader.Read(request.Message);
        Operations.Enqueue(read.Value?.Operation ?? "invalid");
        if (Observable is { } observable && request.Message.UriPath == observable.Path)
        {
            return observable.Resource.HandleAsync(request, cancellationToken);
        }

        CoapMessage response = read.Value switch
        {
            ReadRequest r when values.TryGetValue(r.Path.ToString(), out var text) => Lwm2mResponses.Content(System.Text.Encoding.UTF8.GetBytes(text), ContentFormat.TextPlain),
            WriteRequest w => Store(w),
            ExecuteRequest => Lwm2mResponses.Changed(),
            null => Lwm2mResponses.BadRequest(string.Join("; ", read.Errors)),
            _ => Lwm2mResponses.NotFound(),
        };
        return ValueTask.FromResult<CoapMessage?>(response);
    }

    private CoapMessage Store(WriteRequest write)
    {
        values[write.Path.ToString()] = System.Text.Encoding.UTF8.GetString(write.Payload.Span);
        return Lwm2mResponses.Changed();
    }
}
