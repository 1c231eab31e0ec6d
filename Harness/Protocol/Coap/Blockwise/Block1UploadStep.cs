namespace Harness.Protocol.Coap.Blockwise;

/// <summary>The uploader's verdict on one response: the next request to send, completion or the failure.</summary>
public sealed record Block1UploadStep(BlockTransferState State, Block1Request? Next, BlockwiseFailure? Failure)
{
    public static Block1UploadStep Send(Block1Request next) => new(BlockTransferState.SendNext, next, null);

    public static Block1UploadStep Complete { get; } = new(BlockTransferState.Complete, null, null);

    public static Block1UploadStep Fail(string rule, string message, string clause) =>
        new(BlockTransferState.Failed, null, new BlockwiseFailure(rule, message, clause));
}
