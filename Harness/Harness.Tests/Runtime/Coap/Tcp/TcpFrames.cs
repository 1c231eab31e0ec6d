using System.Net.Sockets;
using Harness.Protocol.Coap;
using Harness.Protocol.Coap.Tcp;

namespace Harness.Tests.Runtime.Coap.Tcp;

/// <summary>Reads what a plain socket peer received and splits it into frames.</summary>
internal static class TcpFrames
{
    public static List<CoapMessage> Split(ReadOnlyMemory<byte> bytes)
    {
        var messages = new List<CoapMessage>();
        while (CoapTcpCodec.TryReadFrame(bytes, CoapDecodeMode.Lax, out int consumed, out var result) == CoapTcpReadStatus.Frame)
        {
            messages.Add(result.Message!);
            bytes = bytes[consumed..];
        }

        return messages;
    }

    /// <summary>Everything the other side sends until it closes, within the deadline.</summary>
    public static async Task<byte[]> ReadToEndAsync(TcpClient client, TimeSpan deadline)
    {
        using var timeout = new CancellationTokenSource(deadline);
        using var received = new MemoryStream();
        await client.GetStream().CopyToAsync(received, timeout.Token);
        return received.ToArray();
    }
}
