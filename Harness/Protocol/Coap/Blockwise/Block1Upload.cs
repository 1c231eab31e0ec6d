namespace Harness.Protocol.Coap.Blockwise;

/// <summary>
/// Client side of a Block1 transfer (RFC 7959 §2.5, §3.2): slices a request body, follows the smaller
/// block size a server asks for in its 2.31 Continue, and acts on 4.13 hints (Block1 with a smaller
/// SZX, or Size1). No I/O: the caller sends <see cref="Current"/> and passes each response back.
/// </summary>
public sealed class Block1Upload
{
    private const string Clause = "RFC 7959 §2.5";
    private readonly ReadOnlyMemory<byte> body;
    private readonly bool allowBert;
    private readonly int bertUnits;
    private readonly bool announceSize;
    private int exponent;
    private bool restarted;
    private Block1UploadStep? last;

    /// <param name="body">The whole request body.</param>
    /// <param name="blockSize">Block size to start with (16..1024); a body that fits goes in one plain request.</param>
    /// <param name="allowBert">Use BERT blocks of <paramref name="bertUnits"/> × 1024 bytes (TCP with Block-Wise-Transfer in both CSMs, RFC 8323 §6).</param>
    /// <param name="announceSize">Send Size1 with the first block (RFC 7959 §4).</param>
    public Block1Upload(ReadOnlyMemory<byte> body, int blockSize = BlockSizes.Largest, bool allowBert = false, int bertUnits = 1, bool announceSize = false)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bertUnits, 1);
        this.body = body;
        this.allowBert = allowBert;
        this.bertUnits = bertUnits;
        this.announceSize = announceSize;
        exponent = allowBert ? BlockValue.BertExponent : BlockValue.ExponentFor(BlockSizes.ValidateSize(blockSize, nameof(blockSize)));
        Current = body.Length <= ChunkLength ? new Block1Request(null, body, null) : BlockAt(0);
    }

    /// <summary>The request to send now.</summary>
    public Block1Request Current { get; private set; }

    /// <summary>The response to the final block once complete (the caller judges its code).</summary>
    public CoapMessage? FinalResponse { get; private set; }

    public bool IsComplete => last?.State == BlockTransferState.Complete;

    private int ChunkLength => exponent == BlockValue.BertExponent ? bertUnits * BlockSizes.BertUnit : BlockSizes.SizeOf(exponent);

    public Block1UploadStep Accept(CoapMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (last is { State: not BlockTransferState.SendNext })
        {
            throw new InvalidOperationException($"The upload already ended ({last.State})");
        }

        last = Judge(response);
        if (last.Next is { } next)
        {
            Current = next;
        }

        return last;
    }

    private Block1UploadStep Judge(CoapMessage response)
    {
        if (response.Code == CoapCode.RequestEntityTooLarge)
        {
            return TooLarge(response);
        }

        if (response.Code == CoapCode.RequestEntityIncomplete)
        {
            return Block1UploadStep.Fail("BLOCK1-INCOMPLETE", $"Server answered 4.08 to block {Current.Block}: it lacks earlier blocks", Clause);
        }

        if (Current.IsFinal)
        {
            FinalResponse = response;
            return Block1UploadStep.Complete;
        }

        if (!response.Code.IsSuccess)
        {
            return Block1UploadStep.Fail("BLOCK1-REFUSED", $"Server answered {response.Code.Describe()} to block {Current.Block}", Clause);
        }

        return Continue(response);
    }

    private Block1UploadStep Continue(CoapMessage response)
    {
        var sent = Current.Block!.Value;
        if (response.Block1 is not { } acknowledged)
        {
            return Block1UploadStep.Fail("BLOCK1-ACK-MISSING", $"{response.Code.Describe()} to block {sent} carries no Block1 option", "RFC 7959 §2.3");
        }

        if (acknowledged.Number != sent.Number)
        {
            return Block1UploadStep.Fail("BLOCK1-ACK-NUM", $"Server acknowledged block {acknowledged.Number} but block {sent.Number} was sent", "RFC 7959 §2.3");
        }

        // The server may prefer a smaller size; a larger one is not taken (RFC 7959 §2.3).
        exponent = Math.Min(acknowledged.SizeExponent, exponent);

        long nextOffset = sent.Offset + Current.Payload.Length;
        return Block1UploadStep.Send(BlockAt(nextOffset));
    }

    private Block1UploadStep TooLarge(CoapMessage response)
    {
        uint? limit = response.Size1;
        if (limit is { } max && max < body.Length)
        {
            return Block1UploadStep.Fail("BLOCK1-TOO-LARGE", $"Server accepts at most {max} bytes; the body has {body.Length}", "RFC 7252 §5.9.2.9");
        }

        if (response.Block1 is { } hint && hint.SizeExponent < exponent)
        {
            // A smaller SZX in a 4.13 is a hint to start over with that size (RFC 7959 §2.9.3).
            exponent = hint.SizeExponent;
            return Restart();
        }

        if (Current.Block is null && !restarted)
        {
            // A 4.13 to a plain request is a hint to go block-wise (RFC 7959 §2.9.3).
            exponent = Math.Min(exponent, BlockValue.ExponentFor(BlockSizes.FloorSize(Math.Max(body.Length - 1, BlockSizes.Smallest))));
            return Restart();
        }

        return Block1UploadStep.Fail("BLOCK1-TOO-LARGE", $"Server answered 4.13 to block {Current.Block?.ToString() ?? "(none)"} without a usable hint", "RFC 7959 §2.9.3");
    }

    private Block1UploadStep Restart()
    {
        restarted = true;
        return Block1UploadStep.Send(BlockAt(0));
    }

    private Block1Request BlockAt(long offset)
    {
        int length = (int)Math.Min(ChunkLength, body.Length - offset);
        bool more = offset + length < body.Length;
        var block = new BlockValue(BlockSizes.NumberAt(offset, exponent), more, exponent);
        uint? size1 = announceSize && offset == 0 ? (uint)body.Length : null;
        return new Block1Request(block, body.Slice((int)offset, length), size1);
    }
}
