namespace Harness.Protocol.Coap.Blockwise;

/// <summary>
/// The server's answer for one block request: the payload slice and the options that describe it.
/// <see cref="ErrorCode"/> is set for the outcomes that are error responses.
/// </summary>
public sealed record Block2Slice(Block2SliceOutcome Outcome, BlockValue? Block, ReadOnlyMemory<byte> Payload, uint? Size2, string? Reason = null)
{
    public CoapCode? ErrorCode => Outcome switch
    {
        Block2SliceOutcome.OutOfRange => CoapCode.BadOption,
        Block2SliceOutcome.BadRequest => CoapCode.BadRequest,
        _ => null,
    };

    /// <summary>Block2 and Size2 as they go into the response.</summary>
    public IReadOnlyList<CoapOption> Options
    {
        get
        {
            var options = new List<CoapOption>(2);
            if (Block is { } block)
            {
                options.Add(CoapOption.FromUInt(OptionNumber.Block2, block.ToUInt()));
            }

            if (Size2 is { } size)
            {
                options.Add(CoapOption.FromUInt(OptionNumber.Size2, size));
            }

            return options;
        }
    }
}
