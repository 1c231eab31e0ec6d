namespace Harness.Protocol.Lwm2m.Content.Tlv;

/// <summary>Where the TLV rules are stated (clause numbers of TS 1.1; 1.0 numbers the TLV clause §6.4.3).</summary>
internal static class TlvClauses
{
    public const string Format = "LwM2M Core §7.4.3 TLV";
    public const string DataTypes = "LwM2M Core Appendix C Data Types";
    public const string Identifiers = "LwM2M Core §7.4.3 TLV; MAX_ID 65535 is reserved";
    public const string ObjectModel = "LwM2M Core §7.4.3 TLV and the object definition";
}
