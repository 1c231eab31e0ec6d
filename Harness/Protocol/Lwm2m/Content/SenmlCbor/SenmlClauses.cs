namespace Harness.Protocol.Lwm2m.Content.SenmlCbor;

/// <summary>Where the SenML CBOR rules are stated.</summary>
internal static class SenmlClauses
{
    public const string Pack = "RFC 8428 §4, §6 (a SenML CBOR pack is an array of record maps)";
    public const string Labels = "RFC 8428 §6 (CBOR labels, Table 6); RFC 8949 §5.6 (duplicate keys)";
    public const string Fields = "RFC 8428 §4.1, §4.2, §6 (field types)";
    public const string MustUnderstand = "RFC 8428 §4.4 (labels ending in '_' must be understood)";
    public const string Values = "RFC 8428 §4.2 (at most one value field); OMA-TS-LightweightM2M_Core §7.4.5";
    public const string Names = "RFC 8428 §4.5.1 (bn + n); OMA-TS-LightweightM2M_Core §7.4.5 (names are LwM2M paths)";
    public const string Meaning = "OMA-TS-LightweightM2M_Core §7.4.5 (SenML CBOR), Appendix C (data types)";
    public const string CompositeRequest = "OMA-TS-LightweightM2M_Core §7.4.5, §6.3.8 (Read-Composite request names paths only)";
}
