using Harness.Protocol.Coap;
using Harness.Protocol.Coap.Blockwise;

namespace Harness.Runtime.Coap;

/// <summary>
/// Server side of Block2 (RFC 7959 §2.4): answers a request with the block it asks for, or with the
/// first block when the representation is too large for one response; block responses carry Size2.
/// </summary>
public sealed class CoapBlock2Responder(int maxBlockSize = BlockSizes.Largest)
{
    private readonly Block2Slicer slicer = new(maxBlockSize);

    /// <param name="request">The request as received (its Block2 and Size2 options are read).</param>
    /// <param name="representation">The whole response: code, options and payload.</param>
    public CoapMessage Respond(CoapMessage request, CoapMessage representation)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(representation);
        var slice = slicer.Slice(representation.Payload, request);
        return Apply(slice, representation);
    }

    /// <summary>The first block only, whatever the request asked: notifications (RFC 7959 §2.6).</summary>
    public CoapMessage FirstBlock(CoapMessage representation)
    {
        ArgumentNullException.ThrowIfNull(representation);
        return Apply(slicer.Slice(representation.Payload, (BlockValue?)null), representation);
    }

    private static CoapMessage Apply(Block2Slice slice, CoapMessage representation)
    {
        if (slice.ErrorCode is { } error)
        {
            return new CoapMessage(CoapMessageType.Acknowledgement, error).WithPayload(slice.Reason ?? error.Describe());
        }

        if (slice.Outcome == Block2SliceOutcome.Whole)
        {
            return slice.Size2 is { } size ? representation.WithReplacedOption(CoapOption.FromUInt(OptionNumber.Size2, size)) : representation;
        }

        // Size2 tells the client the whole length with every block (RFC 7959 §4).
        var options = slice.Options.Where(o => o.Number != OptionNumber.Size2)
            .Append(CoapOption.FromUInt(OptionNumber.Size2, (uint)representation.Payload.Length));
        return representation.WithReplacedOption(options).WithPayload(slice.Payload);
    }
}
