namespace Harness.Protocol.Lwm2m.Content.Lwm2mCbor;

/// <summary>Where the LwM2M CBOR rules are stated.</summary>
internal static class Lwm2mCborClauses
{
    public const string Structure = "OMA-TS-LightweightM2M_Core-V1_2 §7.4.6 (nested maps keyed by ids from the Object level)";
    public const string Keys = "OMA-TS-LightweightM2M_Core-V1_2 §7.4.6 (keys: an id, or an array of ids for several levels)";
    public const string Ids = "OMA-TS-LightweightM2M_Core-V1_2 §7.4.6; LwM2M Core Identifiers (ids 0..65534)";
    public const string Duplicates = "RFC 8949 §5.6 (a map holds each key once)";
    public const string Values = "OMA-TS-LightweightM2M_Core-V1_2 §7.4.6 (value encoding per data type)";
    public const string Meaning = "OMA-TS-LightweightM2M_Core-V1_2 §7.4.6, Appendix C (data types)";
}
