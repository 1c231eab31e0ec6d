using System.Collections.Concurrent;
using Harness.Protocol.Coap;
using Harness.Protocol.Coap.Blockwise;
using Harness.Protocol.Coap.Tcp;

namespace Harness.Runtime.Coap.Tcp;

/// <summary>
/// Server-side block-wise handling around an application handler: Block1 uploads are assembled
/// (2.31 Continue, 4.08, 4.13; BERT when both sides allow it) and handed over whole, and responses
/// are cut into Block2 blocks when the request asks for a block or the whole would not fit the
/// peer's Max-Message-Size.
/// </summary>
public sealed class CoapTcpBlockwiseServer
{
    private readonly CoapTcpRequestHandler inner;
    private readonly int maxBodySize;
    private readonly ConcurrentDictionary<(CoapTcpConnection Connection, string Key), Block1Assembler> uploads = new();

    public CoapTcpBlockwiseServer(CoapTcpRequestHandler inner, int maxBodySize = 1024 * 1024)
    {
        this.inner = inner ?? throw new ArgumentNullException(nameof(inner));
        this.maxBodySize = maxBodySize;
    }

    /// <summary>Bodies assembled so far, newest last, for assertions on what the peer uploaded.</summary>
    public ConcurrentQueue<(string Path, byte[] Body)> Assembled { get; } = new();

    public static implicit operator CoapTcpRequestHandler(CoapTcpBlockwiseServer server) => server.HandleAsync;

    public async Task<CoapMessage?> HandleAsync(CoapMessage request, CoapTcpConnection connection, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(connection);
        IReadOnlyList<CoapOption> block1Echo = [];
        if (request.Block1 is not null)
        {
            var reply = Assemble(request, connection);
            if (reply.Kind != Block1ReplyKind.Complete)
            {
                return new CoapMessage(CoapMessageType.Confirmable, reply.Code!.Value, 0, default, reply.Options);
            }

            Assembled.Enqueue((request.UriPath, reply.Body.ToArray()));
            request = request.WithoutOption(OptionNumber.Block1).WithPayload(reply.Body);
            block1Echo = reply.Options;
        }

        var response = await inner(request.WithoutOption(OptionNumber.Block2), connection, cancellation).ConfigureAwait(false);
        if (response is null)
        {
            return null;
        }

        response = Slice(request, response, connection);
        return block1Echo.Count == 0 ? response : response.WithAddedOptions(block1Echo);
    }

    private Block1Reply Assemble(CoapMessage request, CoapTcpConnection connection)
    {
        string tag = request.Options.TryGetFirst(OptionNumber.RequestTag, out var option) ? Convert.ToHexStringLower(option.Value.Span) : string.Empty;
        var key = (connection, $"{request.Code} {request.UriPath}?{string.Join('&', request.UriQuery)}#{tag}");
        var assembler = uploads.GetOrAdd(key, _ => new Block1Assembler(maxBodySize, BlockSizes.Largest, connection.CanUseBert));
        lock (assembler)
        {
            var reply = assembler.Accept(request);
            if (reply.Kind != Block1ReplyKind.Continue)
            {
                uploads.TryRemove(key, out _);
            }

            return reply;
        }
    }

    private static CoapMessage Slice(CoapMessage request, CoapMessage response, CoapTcpConnection connection)
    {
        bool asked = request.Block2 is not null;
        bool fits = CoapTcpCodec.GetEncodedLength(response.WithToken(request.Token)) <= connection.Peer.MaxMessageSize;
        if (!response.Code.IsSuccess || (!asked && fits))
        {
            return response;
        }

        var slicer = new Block2Slicer(BlockSizes.Largest, connection.CanUseBert, connection.BertUnits);
        var slice = slicer.Slice(response.Payload, request);
        if (slice.ErrorCode is { } error)
        {
            return new CoapMessage(CoapMessageType.Confirmable, error).WithPayload(slice.Reason ?? string.Empty);
        }

        return response.WithoutOption(OptionNumber.Block2).WithAddedOptions(slice.Options).WithPayload(slice.Payload);
    }
}
