using System.Text;
using Harness.Protocol.Coap;

namespace Harness.Protocol.Links;

/// <summary>
/// Parses application/link-format payloads (RFC 6690 §2). Strict judges a peer's payload: the first
/// broken rule rejects it with rule id, byte offset and clause. Lax shows what a payload says: it keeps
/// every link and parameter it can and lists what it passed over.
/// </summary>
public static class LinkFormatParser
{
    public static LinkFormatParseResult Parse(ReadOnlyMemory<byte> payload, CoapDecodeMode mode = CoapDecodeMode.Strict) =>
        new LinkFormatReader(payload, mode == CoapDecodeMode.Lax).Read();

    public static LinkFormatParseResult Parse(string payload, CoapDecodeMode mode = CoapDecodeMode.Strict) =>
        Parse(Encoding.UTF8.GetBytes(payload ?? throw new ArgumentNullException(nameof(payload))), mode);

    /// <summary>Strict parse that throws <see cref="LinkFormatException"/> naming the violated rule.</summary>
    public static IReadOnlyList<Link> ParseOrThrow(ReadOnlyMemory<byte> payload) => Parse(payload).GetLinksOrThrow();

    public static IReadOnlyList<Link> ParseOrThrow(string payload) => Parse(payload).GetLinksOrThrow();
}
