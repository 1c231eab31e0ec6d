using Harness.Protocol.Coap;
using Harness.Protocol.Coap.Blockwise;

namespace Harness.Runtime.Coap.Tcp;

/// <summary>
/// The outcome of a block-wise transfer: the final response, the whole body (downloads), every
/// response in order, and the rule the peer broke if the transfer failed.
/// </summary>
public sealed record CoapTcpTransfer(CoapMessage? FinalResponse, ReadOnlyMemory<byte> Body, IReadOnlyList<CoapMessage> Responses, BlockwiseFailure? Failure)
{
    public bool Succeeded => Failure is null && FinalResponse is not null;

    public override string ToString() =>
        Succeeded ? $"{FinalResponse!.Code.Describe()} after {Responses.Count} responses, body {Body.Length} B" : $"failed: {Failure}";
}
