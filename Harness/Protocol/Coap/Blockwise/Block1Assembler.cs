namespace Harness.Protocol.Coap.Blockwise;

/// <summary>
/// Server side of an atomic Block1 transfer (RFC 7959 §2.5): stores blocks in order, answers 2.31
/// Continue to each non-final one, 4.08 to a block whose predecessors are missing, 4.13 with Size1
/// when the body would exceed the maximum, and hands over the body with the final block. One instance
/// per transfer; the endpoint keys transfers (peer, URI, Request-Tag). No clock: discarding stale
/// partial bodies is the caller's decision.
/// </summary>
public sealed class Block1Assembler
{
    private readonly int maxBodySize;
    private readonly int preferredExponent;
    private readonly bool allowBert;
    private readonly List<byte> body = [];
    private bool started;
    private long lastOffset = -1;
    private byte[] lastPayload = [];
    private Block1Reply? lastReply;

    /// <param name="maxBodySize">Largest body this server accepts; beyond it 4.13 with Size1 (RFC 7252 §5.9.2.9).</param>
    /// <param name="preferredSize">Block size this server asks for in its 2.31 responses (RFC 7959 §2.3).</param>
    /// <param name="allowBert">Accept SZX 7 blocks of 1024-byte multiples (TCP with Block-Wise-Transfer, RFC 8323 §6).</param>
    public Block1Assembler(int maxBodySize, int preferredSize = BlockSizes.Largest, bool allowBert = false)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxBodySize);
        this.maxBodySize = maxBodySize;
        preferredExponent = BlockValue.ExponentFor(BlockSizes.ValidateSize(preferredSize, nameof(preferredSize)));
        this.allowBert = allowBert;
    }

    /// <summary>Bytes stored so far in the transfer under way.</summary>
    public int ReceivedLength => body.Count;

    public Block1Reply Accept(CoapMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Size1 is { } announced && announced > maxBodySize)
        {
            return Abandon(TooLarge($"Size1 announces {announced} bytes"));
        }

        if (request.Block1 is not { } block)
        {
            Reset();
            return request.Payload.Length > maxBodySize
                ? TooLarge($"Body of {request.Payload.Length} bytes")
                : new Block1Reply(Block1ReplyKind.Complete, null, [], request.Payload, "Whole body in one request");
        }

        if (block.Offset == lastOffset && request.Payload.Span.SequenceEqual(lastPayload) && lastReply is not null)
        {
            return lastReply;
        }

        var reply = Check(block, request.Payload.Length) ?? Store(block, request.Payload);
        return reply.Kind is Block1ReplyKind.Continue ? Remember(block, request.Payload, reply) : Abandon(reply);
    }

    private Block1Reply? Check(BlockValue block, int length)
    {
        if (block.IsBert && !allowBert)
        {
            return Bad("SZX 7 is reserved outside BERT (RFC 7959 §2.2)");
        }

        bool full = block.IsBert ? length > 0 && length % BlockSizes.BertUnit == 0 : length == block.Size;
        if (block.More && !full)
        {
            return Bad($"Non-final block {block} carries {length} bytes; it must be full");
        }

        if (block.Offset != 0 && (!started || block.Offset != body.Count))
        {
            return new Block1Reply(Block1ReplyKind.Incomplete, CoapCode.RequestEntityIncomplete, [], default,
                $"Block {block} starts at byte {block.Offset} but {(started ? $"byte {body.Count} is next" : "no transfer is under way")}");
        }

        return block.Offset + (long)length > maxBodySize ? TooLarge($"Block {block} would bring the body to {block.Offset + length} bytes") : null;
    }

    private Block1Reply Store(BlockValue block, ReadOnlyMemory<byte> payload)
    {
        if (block.Offset == 0)
        {
            body.Clear();
        }

        started = true;
        body.AddRange(payload.Span);
        if (block.More)
        {
            // A BERT sender keeps BERT unless this server prefers blocks below 1024 bytes.
            int exponent = block.IsBert && preferredExponent == BlockSizes.MaxExponent ? block.SizeExponent : Math.Min(block.SizeExponent, preferredExponent);
            var echo = new BlockValue(block.Number, true, exponent);
            return new Block1Reply(Block1ReplyKind.Continue, CoapCode.Continue, [CoapOption.FromUInt(OptionNumber.Block1, echo.ToUInt())], default, $"Stored block {block}");
        }

        var final = new BlockValue(block.Number, false, block.SizeExponent);
        return new Block1Reply(Block1ReplyKind.Complete, null, [CoapOption.FromUInt(OptionNumber.Block1, final.ToUInt())], body.ToArray(), $"Body of {body.Count} bytes complete");
    }

    private Block1Reply TooLarge(string what) =>
        new(Block1ReplyKind.TooLarge, CoapCode.RequestEntityTooLarge, [CoapOption.FromUInt(OptionNumber.Size1, (uint)maxBodySize)], default,
            $"{what}; at most {maxBodySize} bytes are accepted");

    private static Block1Reply Bad(string reason) => new(Block1ReplyKind.BadRequest, CoapCode.BadRequest, [], default, reason);

    private Block1Reply Remember(BlockValue block, ReadOnlyMemory<byte> payload, Block1Reply reply)
    {
        lastOffset = block.Offset;
        lastPayload = payload.ToArray();
        lastReply = reply;
        return reply;
    }

    /// <summary>Every answer but 2.31 ends the transfer: the next one starts again at block 0.</summary>
    private Block1Reply Abandon(Block1Reply reply)
    {
        Reset();
        return reply;
    }

    private void Reset()
    {
        body.Clear();
        started = false;
        lastOffset = -1;
        lastPayload = [];
        lastReply = null;
    }
}
