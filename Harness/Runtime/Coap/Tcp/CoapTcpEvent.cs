using Harness.Protocol.Coap;
using Harness.Protocol.Coap.Tcp;

namespace Harness.Runtime.Coap.Tcp;

/// <summary>One entry of a connection's timeline: bytes, the decoded message or the format error, and a note.</summary>
public sealed record CoapTcpEvent(
    CoapTcpEventKind Kind,
    DateTimeOffset At,
    byte[]? Bytes = null,
    CoapMessage? Message = null,
    CoapFormatError? Error = null,
    string? Note = null)
{
    public override string ToString()
    {
        string what = Message is not null ? CoapTcpMessageText.Describe(Message) : Error?.ToString() ?? string.Empty;
        string hex = Bytes is null ? string.Empty : $" [{Convert.ToHexStringLower(Bytes.AsSpan(0, Math.Min(Bytes.Length, 64)))}{(Bytes.Length > 64 ? "…" : string.Empty)}]";
        return $"{At:HH:mm:ss.fff} {Kind} {what}{(Note is null ? string.Empty : " " + Note)}{hex}";
    }
}
