namespace Harness.Protocol.Lwm2m.Content.SenmlCbor;

/// <summary>
/// Stable ids of the SenML CBOR and SenML-ETCH CBOR syntax rules; RULES.md in this folder states each with
/// its level and clause. CBOR well-formedness and the meaning-tier rules live in Content/Cbor.
/// </summary>
public static class SenmlCborRuleIds
{
    public const string PackNotArray = "SENMLCBOR-PACK-NOT-ARRAY";
    public const string RecordNotMap = "SENMLCBOR-RECORD-NOT-MAP";
    public const string LabelType = "SENMLCBOR-LABEL-TYPE";
    public const string LabelDuplicate = "SENMLCBOR-LABEL-DUPLICATE";
    public const string FieldType = "SENMLCBOR-FIELD-TYPE";
    public const string MustUnderstand = "SENMLCBOR-MUST-UNDERSTAND";
    public const string ValueMultiple = "SENMLCBOR-VALUE-MULTIPLE";
    public const string ValueMissing = "SENMLCBOR-VALUE-MISSING";
    public const string NameNotPath = "SENMLCBOR-NAME-NOT-PATH";
    public const string RequestValue = "SENMLCBOR-REQUEST-VALUE";
}
