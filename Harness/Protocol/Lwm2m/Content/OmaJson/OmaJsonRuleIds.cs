using Harness.Protocol.Lwm2m.Content.SenmlJson;

namespace Harness.Protocol.Lwm2m.Content.OmaJson;

/// <summary>
/// Stable ids of the OMA JSON rules (application/vnd.oma.lwm2m+json); RULES.md in this folder states each
/// with its level and clause. The meaning-tier rules match SenML JSON's under this format's own ids.
/// </summary>
public static class OmaJsonRuleIds
{
    // JSON text (RFC 8259).
    public const string JsonUtf8 = "OMAJSON-JSON-UTF8";
    public const string JsonSyntax = "OMAJSON-JSON-SYNTAX";
    public const string JsonString = "OMAJSON-JSON-STRING";

    // Structure: {"bn", "bt", "e": [entries]}.
    public const string RootObject = "OMAJSON-ROOT-OBJECT";
    public const string EntryArray = "OMAJSON-E-ARRAY";
    public const string EntryObject = "OMAJSON-ENTRY-OBJECT";
    public const string FieldType = "OMAJSON-FIELD-TYPE";
    public const string FieldRepeated = "OMAJSON-FIELD-REPEATED";
    public const string FieldUnknown = "OMAJSON-FIELD-UNKNOWN";
    public const string ValueMultiple = "OMAJSON-VALUE-MULTIPLE";

    // Meaning: entries against the request path and the object model.
    public const string NameMissing = "OMAJSON-NAME-MISSING";
    public const string NamePath = "OMAJSON-NAME-PATH";
    public const string NameOutside = "OMAJSON-NAME-OUTSIDE";
    public const string NameLevel = "OMAJSON-NAME-LEVEL";
    public const string ResourceShape = "OMAJSON-RESOURCE-SHAPE";
    public const string DuplicatePath = "OMAJSON-DUPLICATE-PATH";
    public const string ValueMissing = "OMAJSON-VALUE-MISSING";
    public const string ValueField = "OMAJSON-VALUE-FIELD";
    public const string NumberNotInteger = "OMAJSON-NUMBER-NOT-INTEGER";
    public const string NumberRange = "OMAJSON-NUMBER-RANGE";
    public const string ObjlnkFormat = "OMAJSON-OBJLNK-FORMAT";
    public const string OpaqueBase64 = "OMAJSON-OPAQUE-BASE64";
    public const string ContentEmpty = "OMAJSON-CONTENT-EMPTY";
    public const string Untyped = "OMAJSON-UNTYPED";

    internal static string For(SenmlMeaningRule rule) => rule switch
    {
        SenmlMeaningRule.NameMissing => NameMissing,
        SenmlMeaningRule.NamePath => NamePath,
        SenmlMeaningRule.NameOutside => NameOutside,
        SenmlMeaningRule.NameLevel => NameLevel,
        SenmlMeaningRule.ResourceShape => ResourceShape,
        SenmlMeaningRule.DuplicatePath => DuplicatePath,
        SenmlMeaningRule.ValueMissing => ValueMissing,
        SenmlMeaningRule.ValueField => ValueField,
        SenmlMeaningRule.NumberNotInteger => NumberNotInteger,
        SenmlMeaningRule.NumberRange => NumberRange,
        SenmlMeaningRule.ObjlnkFormat => ObjlnkFormat,
        SenmlMeaningRule.ContentEmpty => ContentEmpty,
        SenmlMeaningRule.Untyped => Untyped,
        SenmlMeaningRule.DataEncoding or SenmlMeaningRule.DataPadding => OpaqueBase64,
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "Unknown meaning rule"),
    };
}
