using System.Net;
using Harness.Protocol.Coap;
using Harness.Protocol.Coap.Blockwise;

namespace Harness.Runtime.Coap;

/// <summary>
/// Server side of Block1 (RFC 7959 §2.5): one assembler per (peer, path, Request-Tag), 2.31 Continue
/// between blocks, 4.08 for a block without its predecessors, 4.13 with Size1 beyond the maximum body.
/// </summary>
public sealed class CoapBlock1Receiver(int maxBodySize, int preferredBlockSize = BlockSizes.Largest)
{
    private readonly Dictionary<(IPEndPoint Peer, string Path, string Tag), Block1Assembler> transfers = [];
    private readonly Lock gate = new();

    public int TransfersUnderWay
    {
        get
        {
            lock (gate)
            {
                return transfers.Count;
            }
        }
    }

    public CoapBlock1Outcome Accept(CoapIncomingRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var message = request.Message;
        string tag = message.Options.TryGetFirst(OptionNumber.RequestTag, out var requestTag) ? Convert.ToHexString(requestTag.Value.Span) : string.Empty;
        var key = (request.Peer, message.UriPath, tag);
        Block1Reply reply;
        lock (gate)
        {
            if (!transfers.TryGetValue(key, out var assembler))
            {
                assembler = new Block1Assembler(maxBodySize, preferredBlockSize);
                transfers[key] = assembler;
            }

            reply = assembler.Accept(message);
            if (reply.Kind != Block1ReplyKind.Continue)
            {
                transfers.Remove(key);
            }
        }

        if (reply.Kind == Block1ReplyKind.Complete)
        {
            return new CoapBlock1Outcome(null, reply.Body, reply.Options);
        }

        var interim = new CoapMessage(CoapMessageType.Acknowledgement, reply.Code!.Value, options: reply.Options);
        if (reply.Kind != Block1ReplyKind.Continue)
        {
            interim = interim.WithPayload(reply.Reason);
        }

        return new CoapBlock1Outcome(interim, default, []);
    }
}
