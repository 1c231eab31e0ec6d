namespace Harness.Protocol.Lwm2m.Messages;

/// <summary>Where the TS defines each operation, cited by parse errors.</summary>
public static class Lwm2mClauses
{
    public const string Register = "OMA-TS-LightweightM2M_Core §6.2.1 Register";
    public const string Update = "OMA-TS-LightweightM2M_Core §6.2.2 Update";
    public const string Deregister = "OMA-TS-LightweightM2M_Core §6.2.3 De-register";
    public const string DeviceManagement = "OMA-TS-LightweightM2M_Core §6.3 Device Management and Service Enablement Interface";
    public const string WriteAttributes = "OMA-TS-LightweightM2M_Core §6.3.4 Write-Attributes, §7.3 Attributes";
    public const string InformationReporting = "OMA-TS-LightweightM2M_Core §6.4 Information Reporting Interface";
    public const string Send = "OMA-TS-LightweightM2M_Core §6.4.7 Send";
    public const string LinkFormat = "RFC 6690 §2; OMA-TS-LightweightM2M_Core §6.2.1 (Objects and Object Instances)";
}
