using Harness.Protocol.Coap;
using Harness.Protocol.Coap.Tcp;

namespace Harness.Runtime.Coap.Tcp;

/// <summary>One frame as it came off the stream: its exact bytes, the strict decode and when it arrived.</summary>
public sealed record CoapTcpFrame(byte[] Bytes, CoapDecodeResult Result, DateTimeOffset ReceivedAt)
{
    public CoapMessage? Message => Result.Message;

    public override string ToString() =>
        Message is null ? $"undecodable frame {Convert.ToHexStringLower(Bytes)}: {Result.FirstError}" : CoapTcpMessageText.Describe(Message);
}
