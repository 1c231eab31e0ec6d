namespace Harness.Protocol.Lwm2m.Content.SenmlJson;

/// <summary>
/// The rules of the meaning tier (records to nodes) that SenML JSON and OMA JSON share. Each format
/// reports them under its own rule ids and clause (<see cref="SenmlDialect"/>).
/// </summary>
internal enum SenmlMeaningRule
{
    NameMissing,
    NamePath,
    NameOutside,
    NameLevel,
    ResourceShape,
    DuplicatePath,
    ValueMissing,
    ValueField,
    NumberNotInteger,
    NumberRange,
    ObjlnkFormat,
    ContentEmpty,
    Untyped,
    DataEncoding,
    DataPadding,
}
