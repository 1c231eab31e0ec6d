namespace Harness.Protocol.Coap;

/// <summary>
/// How binding a violated rule is (RFC 2119 keywords). Strict decoding rejects only <see cref="Must"/>
/// rules; judging code decides what a <see cref="Should"/> finding is worth.
/// </summary>
public enum RequirementLevel
{
    Must,
    Should,
}
