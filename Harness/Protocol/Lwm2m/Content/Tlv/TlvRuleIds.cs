namespace Harness.Protocol.Lwm2m.Content.Tlv;

/// <summary>
/// Stable ids of the TLV rules; RULES.md in this folder states each one with its level and clause.
/// Ids never change meaning once published: reports and baselines refer to them.
/// </summary>
public static class TlvRuleIds
{
    // Syntax tier: bytes to records.
    public const string HeaderTruncated = "TLV-HEADER-TRUNCATED";
    public const string LengthOverrun = "TLV-LENGTH-OVERRUN";
    public const string IgnoredLengthBits = "TLV-LENGTH-IGNORED-BITS";
    public const string Nesting = "TLV-NESTING";

    // Meaning tier: records to nodes, against the request path.
    public const string Level = "TLV-LEVEL";
    public const string IdMismatch = "TLV-ID-MISMATCH";
    public const string RecordCount = "TLV-RECORD-COUNT";
    public const string DuplicateId = "TLV-DUPLICATE-ID";
    public const string ReservedId = "TLV-ID-RESERVED";

    // Meaning tier: records against the object model.
    public const string Multiplicity = "TLV-MULTIPLICITY";
    public const string Executable = "TLV-RES-EXECUTABLE";
    public const string UnknownObject = "TLV-OBJ-UNKNOWN";
    public const string UnknownResource = "TLV-RES-UNKNOWN";

    // Meaning tier: values by data type.
    public const string ValueWidth = "TLV-VALUE-WIDTH";
    public const string BooleanValue = "TLV-BOOLEAN-VALUE";
    public const string StringUtf8 = "TLV-STRING-UTF8";
    public const string ObjlnkId = "TLV-OBJLNK-ID";
}
