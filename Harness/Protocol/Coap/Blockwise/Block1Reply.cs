namespace Harness.Protocol.Coap.Blockwise;

/// <summary>
/// The server's answer to one Block1 request. <see cref="Code"/> is null for <see cref="Block1ReplyKind.Complete"/>:
/// the application chooses the final code and adds <see cref="Options"/> (the Block1 echo) to it.
/// </summary>
public sealed record Block1Reply(Block1ReplyKind Kind, CoapCode? Code, IReadOnlyList<CoapOption> Options, ReadOnlyMemory<byte> Body, string Reason)
{
    public BlockValue? Block1 => Options.Where(o => o.Number == OptionNumber.Block1).Select(o => (BlockValue?)BlockValue.FromUInt(o.GetUInt())).FirstOrDefault();

    public uint? Size1 => Options.Where(o => o.Number == OptionNumber.Size1).Select(o => (uint?)o.GetUInt()).FirstOrDefault();
}
