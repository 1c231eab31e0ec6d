namespace Harness.Protocol.Coap.Blockwise;

/// <summary>The assembler's verdict on one response: the next Block2 to ask for, completion or the failure.</summary>
public sealed record Block2DownloadStep(BlockTransferState State, BlockValue? Next, BlockwiseFailure? Failure)
{
    public static Block2DownloadStep Request(BlockValue next) => new(BlockTransferState.SendNext, next, null);

    public static Block2DownloadStep Complete { get; } = new(BlockTransferState.Complete, null, null);

    public static Block2DownloadStep Fail(string rule, string message, string clause) =>
        new(BlockTransferState.Failed, null, new BlockwiseFailure(rule, message, clause));
}
