namespace Harness.Protocol.Lwm2m.Content.SenmlJson;

/// <summary>
/// Stable ids of the SenML JSON and SenML-ETCH JSON rules; RULES.md in this folder states each with its
/// level and clause. Ids never change meaning once published: reports and baselines refer to them.
/// </summary>
public static class SenmlRuleIds
{
    // JSON text (RFC 8259).
    public const string JsonUtf8 = "SENML-JSON-UTF8";
    public const string JsonSyntax = "SENML-JSON-SYNTAX";
    public const string JsonString = "SENML-JSON-STRING";

    // Pack and record syntax (RFC 8428 §4, §5; RFC 8790 §3).
    public const string PackArray = "SENML-PACK-ARRAY";
    public const string RecordObject = "SENML-RECORD-OBJECT";
    public const string FieldType = "SENML-FIELD-TYPE";
    public const string FieldRepeated = "SENML-FIELD-REPEATED";
    public const string FieldMustUnderstand = "SENML-FIELD-MUST-UNDERSTAND";
    public const string Version = "SENML-VERSION";
    public const string ValueMultiple = "SENML-VALUE-MULTIPLE";
    public const string ValueNull = "SENML-VALUE-NULL";
    public const string DataBase64Url = "SENML-VD-BASE64URL";
    public const string DataPadding = "SENML-VD-PADDING";
    public const string PathsField = "SENML-PATHS-FIELD";
    public const string FetchEmpty = "SENML-FETCH-EMPTY";

    // Meaning: records against the request path and the object model (LwM2M Core §7.4.4).
    public const string NameMissing = "SENML-NAME-MISSING";
    public const string NamePath = "SENML-NAME-PATH";
    public const string NameOutside = "SENML-NAME-OUTSIDE";
    public const string NameLevel = "SENML-NAME-LEVEL";
    public const string ResourceShape = "SENML-RESOURCE-SHAPE";
    public const string DuplicatePath = "SENML-DUPLICATE-PATH";
    public const string ValueMissing = "SENML-VALUE-MISSING";
    public const string ValueField = "SENML-VALUE-FIELD";
    public const string NumberNotInteger = "SENML-NUMBER-NOT-INTEGER";
    public const string NumberRange = "SENML-NUMBER-RANGE";
    public const string ObjlnkFormat = "SENML-OBJLNK-FORMAT";
    public const string ContentEmpty = "SENML-CONTENT-EMPTY";
    public const string Untyped = "SENML-UNTYPED";
    public const string EtchRemoval = "SENML-ETCH-REMOVAL";

    /// <summary>The SenML id of a rule of the meaning tier, which OMA JSON shares under its own ids.</summary>
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
        SenmlMeaningRule.DataEncoding => DataBase64Url,
        SenmlMeaningRule.DataPadding => DataPadding,
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "Unknown meaning rule"),
    };
}
