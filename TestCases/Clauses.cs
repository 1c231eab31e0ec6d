namespace TestCases;

/// <summary>The specification clauses the test cases cite, spelled once.</summary>
internal static class Clauses
{
    public const string Register = "OMA-TS-LightweightM2M_Core-V1_1_1 §6.2.1";
    public const string Update = "OMA-TS-LightweightM2M_Core-V1_1_1 §6.2.2";
    public const string Deregister = "OMA-TS-LightweightM2M_Core-V1_1_1 §6.2.3";
    public const string ServerObject = "OMA-TS-LightweightM2M_Core-V1_1_1 Appendix E.2 (LwM2M Server object)";
    public const string QueueMode = "OMA-TS-LightweightM2M_Transport-V1_1_1 §6.5 (Queue Mode)";
    public const string Read = "OMA-TS-LightweightM2M_Core-V1_1_1 §6.3.1";
    public const string PlainText = "OMA-TS-LightweightM2M_Core-V1_1_1 §7.4.1 (Plain Text)";
    public const string Tlv = "OMA-TS-LightweightM2M_Core-V1_1_1 §7.4.3 (TLV)";
}
