namespace Harness.Protocol.Lwm2m.Content.Text;

/// <summary>
/// Stable ids of the plain text and opaque content-format rules; RULES.md in this folder states each one
/// with its level and clause. Ids never change meaning once published.
/// </summary>
public static class TextRuleIds
{
    // text/plain (0; 1541 before registration).
    public const string TextLevel = "TEXT-LEVEL";
    public const string TextMultiplicity = "TEXT-MULTIPLICITY";
    public const string TextExecutable = "TEXT-RES-EXECUTABLE";
    public const string TextUnknownObject = "TEXT-OBJ-UNKNOWN";
    public const string TextUnknownResource = "TEXT-RES-UNKNOWN";
    public const string TextUtf8 = "TEXT-UTF8";
    public const string TextInteger = "TEXT-INTEGER";
    public const string TextUnsignedInteger = "TEXT-UNSIGNED";
    public const string TextFloat = "TEXT-FLOAT";
    public const string TextBoolean = "TEXT-BOOLEAN";
    public const string TextBase64 = "TEXT-BASE64";
    public const string TextObjlnk = "TEXT-OBJLNK";

    // application/octet-stream (42; 1544 before registration).
    public const string OpaqueLevel = "OPAQUE-LEVEL";
    public const string OpaqueMultiplicity = "OPAQUE-MULTIPLICITY";
    public const string OpaqueType = "OPAQUE-TYPE";
    public const string OpaqueUnknownObject = "OPAQUE-OBJ-UNKNOWN";
    public const string OpaqueUnknownResource = "OPAQUE-RES-UNKNOWN";
}
