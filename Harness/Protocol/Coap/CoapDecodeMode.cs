namespace Harness.Protocol.Coap;

/// <summary>
/// Strict decoding judges: the first violated rule rejects the message. Lax decoding displays: it keeps
/// what it can parse and lists every violation it passed over.
/// </summary>
public enum CoapDecodeMode
{
    Strict,
    Lax,
}
