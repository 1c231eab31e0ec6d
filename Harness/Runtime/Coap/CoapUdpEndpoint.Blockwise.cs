using System.Net;
using Harness.Protocol.Coap;
using Harness.Protocol.Coap.Blockwise;

namespace Harness.Runtime.Coap;

/// <summary>Client side of block-wise transfers (RFC 7959 §2.4, §2.5, §3), one request per block.</summary>
public sealed partial class CoapUdpEndpoint
{
    /// <summary>
    /// Sends a GET or FETCH and follows Block2 until the representation is whole; the result is the last
    /// response with the whole body and without Block2. <paramref name="preferredBlockSize"/> asks for a
    /// smaller block from the first request on (early negotiation).
    /// </summary>
    public async Task<CoapMessage> DownloadAsync(CoapMessage request, IPEndPoint peer, int? preferredBlockSize = null, CoapRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var download = new Block2Download(preferredBlockSize);
        var first = download.FirstRequestBlock is { } block ? request.WithReplacedOption(Block2Option(block)) : request;
        var response = await SendRequestAsync(first, peer, options, cancellationToken).ConfigureAwait(false);
        return await ContinueDownloadAsync(download, request, response, peer, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Completes a transfer whose first block is already here (a notification, RFC 7959 §2.6): later
    /// blocks are fetched with GET, without Observe, each with a fresh token.
    /// </summary>
    internal async Task<CoapMessage> ContinueDownloadAsync(
        Block2Download download,
        CoapMessage request,
        CoapMessage response,
        IPEndPoint peer,
        CoapRequestOptions? options,
        CancellationToken cancellationToken)
    {
        var template = request.WithoutOption(OptionNumber.Observe).WithToken(ReadOnlyMemory<byte>.Empty).WithType(request.Type);
        string transfer = $"Block2 download of {request.UriPath} from {peer}";
        for (int blocks = 1; ; blocks++)
        {
            var step = download.Accept(response);
            switch (step.State)
            {
                case BlockTransferState.Complete:
                    return response.WithoutOption(OptionNumber.Block2).WithPayload(download.Body);
                case BlockTransferState.Failed:
                    throw new CoapBlockwiseException(step.Failure!, transfer);
            }

            // A 20-bit block number bounds every transfer; a peer that never ends one is cut off here.
            if (blocks > BlockValue.MaxNumber)
            {
                throw new CoapBlockwiseException($"{transfer}: more than {BlockValue.MaxNumber} blocks");
            }

            response = await SendRequestAsync(template.WithReplacedOption(Block2Option(step.Next!.Value)), peer, options, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Sends a request whose payload is split into Block1 blocks (2.31 Continue between them; a 4.13 with
    /// a smaller SZX or Size1 restarts smaller); returns the response to the final block.
    /// </summary>
    public async Task<CoapMessage> UploadAsync(CoapMessage request, IPEndPoint peer, int blockSize = BlockSizes.Largest, bool announceSize = false, CoapRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var upload = new Block1Upload(request.Payload, blockSize, announceSize: announceSize);
        var template = request.WithPayload(ReadOnlyMemory<byte>.Empty).WithToken(ReadOnlyMemory<byte>.Empty);
        string transfer = $"Block1 upload to {request.UriPath} at {peer}";
        for (int blocks = 1; ; blocks++)
        {
            var current = upload.Current;
            var message = template.WithAddedOptions(current.Options).WithPayload(current.Payload);
            var response = await SendRequestAsync(message, peer, options, cancellationToken).ConfigureAwait(false);
            var step = upload.Accept(response);
            switch (step.State)
            {
                case BlockTransferState.Complete:
                    return upload.FinalResponse!;
                case BlockTransferState.Failed:
                    throw new CoapBlockwiseException(step.Failure!, transfer);
            }

            if (blocks > BlockValue.MaxNumber)
            {
                throw new CoapBlockwiseException($"{transfer}: more than {BlockValue.MaxNumber} blocks");
            }
        }
    }

    private static CoapOption Block2Option(BlockValue block) => CoapOption.FromUInt(OptionNumber.Block2, block.ToUInt());
}
