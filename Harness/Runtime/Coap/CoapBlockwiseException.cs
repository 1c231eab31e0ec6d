using Harness.Protocol.Coap.Blockwise;

namespace Harness.Runtime.Coap;

/// <summary>A block-wise transfer stopped: the peer broke a rule of RFC 7959 or refused a block.</summary>
public sealed class CoapBlockwiseException : Exception
{
    public CoapBlockwiseException()
    {
    }

    public CoapBlockwiseException(string message)
        : base(message)
    {
    }

    public CoapBlockwiseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public CoapBlockwiseException(BlockwiseFailure failure, string transfer)
        : base($"{transfer}: {failure}")
    {
        Failure = failure;
    }

    public BlockwiseFailure? Failure { get; }
}
