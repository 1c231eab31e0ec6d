namespace Harness.Protocol.Lwm2m.Content.Lwm2mCbor;

/// <summary>
/// Stable ids of the LwM2M CBOR syntax rules; RULES.md in this folder states each with its level and
/// clause. CBOR well-formedness and the meaning-tier rules live in Content/Cbor.
/// </summary>
public static class Lwm2mCborRuleIds
{
    public const string RootNotMap = "LWM2MCBOR-ROOT-NOT-MAP";
    public const string KeyType = "LWM2MCBOR-KEY-TYPE";
    public const string KeyRange = "LWM2MCBOR-KEY-RANGE";
    public const string KeyEmpty = "LWM2MCBOR-KEY-EMPTY";
    public const string KeyDuplicate = "LWM2MCBOR-KEY-DUPLICATE";
    public const string Depth = "LWM2MCBOR-DEPTH";
    public const string ValueType = "LWM2MCBOR-VALUE-TYPE";
    public const string NullValue = "LWM2MCBOR-NULL";
}
