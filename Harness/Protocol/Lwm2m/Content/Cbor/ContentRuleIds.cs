namespace Harness.Protocol.Lwm2m.Content.Cbor;

/// <summary>
/// Stable ids of the meaning-tier rules: how the paths and values a payload carries fit the request and the
/// object model. Shared by SenML CBOR, SenML-ETCH CBOR and LwM2M CBOR; RULES.md in this folder states them.
/// </summary>
public static class ContentRuleIds
{
    public const string PathOutsideRequest = "CONTENT-PATH-OUTSIDE-REQUEST";
    public const string PathDuplicate = "CONTENT-PATH-DUPLICATE";
    public const string PathNotResource = "CONTENT-PATH-NOT-RESOURCE";
    public const string PathLevel = "CONTENT-PATH-LEVEL";
    public const string ValueType = "CONTENT-VALUE-TYPE";
    public const string ValueRange = "CONTENT-VALUE-RANGE";
    public const string ResourceExecutable = "CONTENT-RESOURCE-EXECUTABLE";
    public const string ResourceUnknown = "CONTENT-RESOURCE-UNKNOWN";
}
