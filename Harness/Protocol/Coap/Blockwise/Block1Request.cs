namespace Harness.Protocol.Coap.Blockwise;

/// <summary>
/// What the client sends next in a Block1 upload: the Block1 option (none when the body goes in one
/// plain request), the payload slice and an optional Size1 size indication (RFC 7959 §4).
/// </summary>
public sealed record Block1Request(BlockValue? Block, ReadOnlyMemory<byte> Payload, uint? Size1)
{
    public bool IsFinal => Block is not { More: true };

    public IReadOnlyList<CoapOption> Options
    {
        get
        {
            var options = new List<CoapOption>(2);
            if (Block is { } block)
            {
                options.Add(CoapOption.FromUInt(OptionNumber.Block1, block.ToUInt()));
            }

            if (Size1 is { } size)
            {
                options.Add(CoapOption.FromUInt(OptionNumber.Size1, size));
            }

            return options;
        }
    }
}
