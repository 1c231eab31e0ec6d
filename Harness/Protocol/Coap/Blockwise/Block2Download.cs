namespace Harness.Protocol.Coap.Blockwise;

/// <summary>
/// Client side of a Block2 transfer (RFC 7959 §2.4, §3.1): takes successive responses, checks that
/// each block continues the last one at the agreed size and of the same representation (ETag), and
/// says which block to request next. No I/O: the caller sends the requests.
/// </summary>
public sealed class Block2Download
{
    private const string Clause = "RFC 7959 §2.4";
    private readonly bool allowBert;
    private readonly long maxBodySize;
    private readonly List<byte> body = [];
    private int? requestedExponent;
    private byte[]? etag;
    private bool first = true;
    private Block2DownloadStep? last;

    /// <param name="preferredSize">Early negotiation: the size asked for in the first request (16..1024), or null to let the server choose.</param>
    /// <param name="allowBert">True on a TCP connection where both peers announced Block-Wise-Transfer (RFC 8323 §6).</param>
    /// <param name="maxBodySize">The transfer fails once the body would grow past this.</param>
    public Block2Download(int? preferredSize = null, bool allowBert = false, long maxBodySize = 16 * 1024 * 1024)
    {
        this.allowBert = allowBert;
        this.maxBodySize = maxBodySize;
        if (preferredSize is { } size)
        {
            requestedExponent = BlockValue.ExponentFor(BlockSizes.ValidateSize(size, nameof(preferredSize)));
        }
        else if (allowBert)
        {
            requestedExponent = BlockValue.BertExponent;
        }
    }

    /// <summary>The Block2 option for the first request: 0/0/size under early negotiation, else none.</summary>
    public BlockValue? FirstRequestBlock => requestedExponent is { } e ? new BlockValue(0, false, e) : null;

    /// <summary>The Block2 option for the next request, once a response asked for more.</summary>
    public BlockValue? NextRequestBlock => last?.Next;

    public bool IsComplete => last?.State == BlockTransferState.Complete;

    public ReadOnlyMemory<byte> Body => IsComplete ? body.ToArray() : throw new InvalidOperationException("The download is not complete");

    public int ReceivedLength => body.Count;

    /// <summary>The first Size2 the server announced (RFC 7959 §4), if any.</summary>
    public uint? AnnouncedSize { get; private set; }

    /// <summary>Client-side late negotiation: ask for smaller blocks from the next request on (RFC 7959 §2.4).</summary>
    public BlockValue ReduceBlockSize(int size)
    {
        int exponent = BlockValue.ExponentFor(BlockSizes.ValidateSize(size, nameof(size)));
        if (last is not { State: BlockTransferState.SendNext, Next: { } next } || (!next.IsBert && exponent > next.SizeExponent))
        {
            throw new InvalidOperationException("The block size can only shrink while blocks remain to be requested");
        }

        requestedExponent = exponent;
        var reduced = new BlockValue(BlockSizes.NumberAt(body.Count, exponent), false, exponent);
        last = Block2DownloadStep.Request(reduced);
        return reduced;
    }

    public Block2DownloadStep Accept(CoapMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (last is { State: not BlockTransferState.SendNext })
        {
            throw new InvalidOperationException($"The download already ended ({last.State})");
        }

        last = Judge(response);
        first = false;
        return last;
    }

    private Block2DownloadStep Judge(CoapMessage response)
    {
        if (!response.Code.IsSuccess)
        {
            return Block2DownloadStep.Fail("BLOCK2-ERROR-RESPONSE", $"Server answered {response.Code.Describe()} at byte {body.Count}", Clause);
        }

        if (first)
        {
            AnnouncedSize = response.Size2;
            etag = response.Options.TryGetFirst(OptionNumber.ETag, out var tag) ? tag.Value.ToArray() : null;
        }
        else if (!SameETag(response))
        {
            return Block2DownloadStep.Fail("BLOCK2-ETAG-CHANGED", "ETag differs from the first block's: the representation changed during the transfer", Clause);
        }

        if (response.Block2 is not { } block)
        {
            return first ? WholeRepresentation(response) : Block2DownloadStep.Fail("BLOCK2-OPTION-MISSING", $"Response for the block at byte {body.Count} has no Block2 option", Clause);
        }

        return CheckBlock(block, response.Payload) ?? Append(block, response.Payload);
    }

    private Block2DownloadStep WholeRepresentation(CoapMessage response)
    {
        if (requestedExponent is { } e && e != BlockValue.BertExponent && response.Payload.Length > BlockSizes.SizeOf(e))
        {
            return Block2DownloadStep.Fail("BLOCK2-SIZE-EXCEEDED", $"Server ignored the asked {BlockSizes.SizeOf(e)}-byte block size and sent {response.Payload.Length} bytes without Block2", Clause);
        }

        body.AddRange(response.Payload.Span);
        return Block2DownloadStep.Complete;
    }

    private Block2DownloadStep? CheckBlock(BlockValue block, ReadOnlyMemory<byte> payload)
    {
        if (block.IsBert && !allowBert)
        {
            return Block2DownloadStep.Fail("BLOCK2-SZX-RESERVED", "Block2 SZX 7 is reserved outside BERT", "RFC 7959 §2.2");
        }

        // SZX 7 (BERT) orders above 6, so a plain comparison says "larger" for BERT too.
        if (requestedExponent is { } asked && block.SizeExponent > asked)
        {
            return Block2DownloadStep.Fail("BLOCK2-SIZE-LARGER", $"Server used {block} but {BlockSizes.SizeOf(asked)} bytes or less was asked", Clause);
        }

        if (!first && requestedExponent is { } agreed && block.SizeExponent != agreed)
        {
            return Block2DownloadStep.Fail("BLOCK2-SIZE-CHANGED", $"Server changed the block size to {block} after it was agreed", Clause);
        }

        if (block.Offset != body.Count)
        {
            return Block2DownloadStep.Fail("BLOCK2-NUM-DISCONTINUITY", $"Block {block} starts at byte {block.Offset}; the next expected byte is {body.Count}", Clause);
        }

        return CheckPayloadLength(block, payload.Length);
    }

    private static Block2DownloadStep? CheckPayloadLength(BlockValue block, int length)
    {
        bool fits = block.IsBert
            ? !block.More || (length > 0 && length % BlockSizes.BertUnit == 0)
            : (block.More ? length == block.Size : length <= block.Size);
        return fits ? null : Block2DownloadStep.Fail(
            "BLOCK2-PAYLOAD-SIZE",
            $"Block {block} carries {length} bytes; {(block.More ? "a non-final block must be full" : "the final block must not exceed the block size")}",
            block.IsBert ? "RFC 8323 §6" : "RFC 7959 §2.2");
    }

    private Block2DownloadStep Append(BlockValue block, ReadOnlyMemory<byte> payload)
    {
        if (body.Count + (long)payload.Length > maxBodySize)
        {
            return Block2DownloadStep.Fail("BLOCK2-TOO-LARGE", $"Body would exceed the {maxBodySize}-byte limit", Clause);
        }

        body.AddRange(payload.Span);
        requestedExponent = block.SizeExponent;
        if (!block.More)
        {
            return Block2DownloadStep.Complete;
        }

        return Block2DownloadStep.Request(new BlockValue(BlockSizes.NumberAt(body.Count, block.SizeExponent), false, block.SizeExponent));
    }

    private bool SameETag(CoapMessage response)
    {
        bool has = response.Options.TryGetFirst(OptionNumber.ETag, out var tag);
        return etag is null ? !has : has && tag.Value.Span.SequenceEqual(etag);
    }
}
