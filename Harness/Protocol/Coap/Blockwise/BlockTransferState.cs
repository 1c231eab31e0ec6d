namespace Harness.Protocol.Coap.Blockwise;

/// <summary>Where a client-side block-wise transfer stands after a response.</summary>
public enum BlockTransferState
{
    /// <summary>Send the next request (the step says which block).</summary>
    SendNext,

    /// <summary>The transfer is done; the body or the final response is available.</summary>
    Complete,

    /// <summary>The transfer stopped; the step names why.</summary>
    Failed,
}
