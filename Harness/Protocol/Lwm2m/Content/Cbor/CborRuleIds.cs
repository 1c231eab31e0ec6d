namespace Harness.Protocol.Lwm2m.Content.Cbor;

/// <summary>
/// Stable ids of the rules every CBOR-based content format shares (RFC 8949); RULES.md in this folder
/// states each with its level and clause.
/// </summary>
public static class CborRuleIds
{
    public const string Malformed = "CBOR-MALFORMED";
    public const string TrailingBytes = "CBOR-TRAILING-BYTES";
    public const string InvalidUtf8 = "CBOR-UTF8";
}
