namespace Harness.Protocol.Coap.Blockwise;

/// <summary>
/// Server side of a Block2 transfer (RFC 7959 §2.4): cuts a representation into the block a request
/// asks for. Stateless: every request is answered from the representation and its own options.
/// </summary>
public sealed class Block2Slicer
{
    private readonly int maxSize;
    private readonly bool allowBert;
    private readonly int bertUnits;

    /// <param name="maxSize">Largest block this server sends (16..1024, a power of two).</param>
    /// <param name="allowBert">True on a TCP connection where both peers announced Block-Wise-Transfer in their CSM (RFC 8323 §6).</param>
    /// <param name="bertUnits">1024-byte units in one BERT block.</param>
    public Block2Slicer(int maxSize = BlockSizes.Largest, bool allowBert = false, int bertUnits = 1)
    {
        this.maxSize = BlockSizes.ValidateSize(maxSize, nameof(maxSize));
        ArgumentOutOfRangeException.ThrowIfLessThan(bertUnits, 1);
        this.allowBert = allowBert;
        this.bertUnits = bertUnits;
    }

    /// <summary>Slices for a request, reading its Block2 option and a Size2 = 0 size request (RFC 7959 §4).</summary>
    public Block2Slice Slice(ReadOnlyMemory<byte> representation, CoapMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Slice(representation, request.Block2, request.Size2 == 0);
    }

    /// <param name="representation">The whole representation.</param>
    /// <param name="requested">The request's Block2 option; its M bit is ignored (RFC 7959 §2.4).</param>
    /// <param name="sizeRequested">The request carried Size2 = 0: answer with the total size.</param>
    public Block2Slice Slice(ReadOnlyMemory<byte> representation, BlockValue? requested, bool sizeRequested = false)
    {
        uint? size2 = sizeRequested ? (uint)representation.Length : null;
        if (requested is not { } asked)
        {
            return representation.Length <= maxSize
                ? new Block2Slice(Block2SliceOutcome.Whole, null, representation, size2)
                : Cut(representation, 0, BlockValue.ExponentFor(maxSize), size2);
        }

        if (asked.IsBert)
        {
            return allowBert
                ? Cut(representation, asked.Number, BlockValue.BertExponent, size2)
                : new Block2Slice(Block2SliceOutcome.BadRequest, null, default, null, "SZX 7 is reserved outside BERT (RFC 7959 §2.2)");
        }

        // Late negotiation: a smaller size keeps the asked offset and scales NUM (RFC 7959 §2.4).
        int exponent = Math.Min(asked.SizeExponent, BlockValue.ExponentFor(maxSize));
        long offset = asked.Offset;
        return Cut(representation, BlockSizes.NumberAt(offset, exponent), exponent, size2);
    }

    private Block2Slice Cut(ReadOnlyMemory<byte> representation, uint number, int exponent, uint? size2)
    {
        bool bert = exponent == BlockValue.BertExponent;
        long offset = (long)number * BlockSizes.SizeOf(exponent);
        if (offset > representation.Length || (offset == representation.Length && offset > 0))
        {
            return new Block2Slice(Block2SliceOutcome.OutOfRange, null, default, size2, $"Block {number} starts at byte {offset}, beyond the {representation.Length}-byte representation");
        }

        int chunk = bert ? bertUnits * BlockSizes.BertUnit : BlockSizes.SizeOf(exponent);
        int length = (int)Math.Min(chunk, representation.Length - offset);
        bool more = offset + length < representation.Length;
        var block = new BlockValue(number, more, exponent);
        return new Block2Slice(Block2SliceOutcome.Block, block, representation.Slice((int)offset, length), size2);
    }
}
