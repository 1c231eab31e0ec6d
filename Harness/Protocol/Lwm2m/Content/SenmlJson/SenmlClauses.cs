namespace Harness.Protocol.Lwm2m.Content.SenmlJson;

/// <summary>Where each SenML JSON rule is stated.</summary>
internal static class SenmlClauses
{
    public const string JsonText = "RFC 8259 §2";
    public const string JsonEncoding = "RFC 8259 §8.1";
    public const string JsonStrings = "RFC 8259 §7, §8.2";
    public const string Pack = "RFC 8428 §5";
    public const string Fields = "RFC 8428 §4.1, §4.2, §5";
    public const string Extensibility = "RFC 8428 §4.4";
    public const string Version = "RFC 8428 §4.1, §4.4";
    public const string OneValue = "RFC 8428 §4.2";
    public const string DataValue = "RFC 8428 §5";
    public const string PatchNull = "RFC 8790 §3.2";
    public const string FetchPack = "RFC 8790 §3.1";
    public const string PathList = "LwM2M Core 1.1 §7.4.4 (Read-Composite request: names only)";
    public const string Lwm2mSenml = "LwM2M Core 1.1 §7.4.4";
    public const string Resolution = "RFC 8428 §4.6; LwM2M Core 1.1 §7.4.4";
}
