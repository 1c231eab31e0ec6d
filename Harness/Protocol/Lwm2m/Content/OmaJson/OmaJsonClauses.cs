namespace Harness.Protocol.Lwm2m.Content.OmaJson;

/// <summary>Where the OMA JSON format is stated: LwM2M 1.0 defined it, 1.1 kept it beside SenML.</summary>
internal static class OmaJsonClauses
{
    public const string Format = "LwM2M Core 1.0.2 §6.4.4; 1.1 §7.4.5 (JSON)";
}
