using Harness.Protocol.Coap;
using Harness.Protocol.Coap.Blockwise;
using Harness.Protocol.Coap.Tcp;

namespace Harness.Runtime.Coap.Tcp;

/// <summary>Block-wise transfers over this connection (RFC 7959, with BERT per RFC 8323 §6).</summary>
public sealed partial class CoapTcpConnection
{
    /// <summary>Headroom in a frame for header, token and options next to a BERT payload.</summary>
    private const int FrameOverhead = 256;

    private const int MaxBertUnits = 64;

    /// <summary>
    /// True when both sides announced Block-Wise-Transfer and a Max-Message-Size above 1152, so BERT
    /// blocks may be used in both directions (RFC 8323 §5.3.2, §6).
    /// </summary>
    public bool CanUseBert => Peer.SupportsBert && Settings.Csm is { BlockWiseTransfer: true, MaxMessageSize: > SignalingOptionRegistry.BaseMaxMessageSize };

    /// <summary>1024-byte units per BERT block that fit the smaller of the two Max-Message-Sizes.</summary>
    public int BertUnits => (int)Math.Clamp((Math.Min(Peer.MaxMessageSize, Settings.MaxMessageSize) - FrameOverhead) / BlockSizes.BertUnit, 1, MaxBertUnits);

    /// <summary>
    /// GETs (or FETCHes) a representation block by block with Block2 (RFC 7959 §2.4): BERT when
    /// <see cref="CanUseBert"/> and no <paramref name="blockSize"/> is given, else blocks of that size
    /// (or the server's choice). Every block is a new request with its own token.
    /// </summary>
    public async Task<CoapTcpTransfer> DownloadAsync(CoapMessage request, int? blockSize = null, TimeSpan? deadline = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var download = new Block2Download(blockSize, allowBert: blockSize is null && CanUseBert);
        var responses = new List<CoapMessage>();
        var next = download.FirstRequestBlock;
        while (true)
        {
            var blockRequest = next is { } block ? request.WithReplacedOption(CoapOption.FromUInt(OptionNumber.Block2, block.ToUInt())) : request;
            var response = await RequestAsync(blockRequest.WithToken(default), deadline, cancellation).ConfigureAwait(false);
            responses.Add(response);
            var step = download.Accept(response);
            switch (step.State)
            {
                case BlockTransferState.Complete:
                    return new CoapTcpTransfer(response, download.Body, responses, null);
                case BlockTransferState.Failed:
                    return new CoapTcpTransfer(response, default, responses, step.Failure);
                default:
                    next = step.Next;
                    break;
            }
        }
    }

    /// <summary>
    /// Sends <paramref name="request"/> with <paramref name="body"/> block by block with Block1
    /// (RFC 7959 §2.5), following the server's 2.31 size choice and 4.13 hints; BERT when
    /// <see cref="CanUseBert"/> and no <paramref name="blockSize"/> is given.
    /// </summary>
    public async Task<CoapTcpTransfer> UploadAsync(CoapMessage request, ReadOnlyMemory<byte> body, int? blockSize = null, TimeSpan? deadline = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        bool bert = blockSize is null && CanUseBert;
        var upload = new Block1Upload(body, blockSize ?? BlockSizes.Largest, bert, bert ? BertUnits : 1, announceSize: true);
        var responses = new List<CoapMessage>();
        while (true)
        {
            var current = upload.Current;
            var blockRequest = request.WithoutOption(OptionNumber.Block1).WithoutOption(OptionNumber.Size1)
                .WithAddedOptions(current.Options).WithPayload(current.Payload).WithToken(default);
            var response = await RequestAsync(blockRequest, deadline, cancellation).ConfigureAwait(false);
            responses.Add(response);
            var step = upload.Accept(response);
            if (step.State != BlockTransferState.SendNext)
            {
                return new CoapTcpTransfer(response, default, responses, step.Failure);
            }
        }
    }
}
