using Harness.Protocol.Coap;
using Harness.Protocol.Lwm2m.Model;
using Harness.Protocol.Lwm2m.Values;

namespace Harness.Protocol.Lwm2m.Content.Tlv;

/// <summary>The meaning tier's violations, worded for reports: what was found, where, and what was expected.</summary>
internal static class TlvMeaningErrors
{
    public static CoapFormatError Level(TlvHeader header, Lwm2mPath requestPath, string expected) => new(
        TlvRuleIds.Level,
        $"{header.Describe()} at offset {header.Offset} cannot stand at the top of a TLV payload for {requestPath} (expected {expected})",
        header.Offset,
        TlvClauses.Format);

    public static CoapFormatError IdMismatch(TlvHeader header, Lwm2mPath requestPath) => new(
        TlvRuleIds.IdMismatch,
        $"{header.Describe()} at offset {header.Offset} does not match the request path {requestPath} (expected id {requestPath[requestPath.Length - 1]})",
        header.Offset,
        TlvClauses.Format);

    public static CoapFormatError ExtraRecord(TlvHeader header, Lwm2mPath requestPath) => new(
        TlvRuleIds.RecordCount,
        $"TLV payload for {requestPath} carries one record, but {header.Describe()} follows at offset {header.Offset}",
        header.Offset,
        TlvClauses.Format);

    public static CoapFormatError NoRecord(Lwm2mPath requestPath, int payloadLength) => new(
        TlvRuleIds.RecordCount,
        $"TLV payload for {requestPath} carries no record for it ({payloadLength} bytes)",
        0,
        TlvClauses.Format);

    public static CoapFormatError DuplicateId(TlvHeader header, string container) => new(
        TlvRuleIds.DuplicateId,
        $"duplicate {header.Describe().ToLowerInvariant()} id {header.Id} in one {container} at offset {header.Offset}",
        header.Offset,
        TlvClauses.Format);

    public static CoapFormatError ReservedId(TlvHeader header) => new(
        TlvRuleIds.ReservedId,
        $"{header.Describe()} at offset {header.Offset} uses id 65535 (MAX_ID), which is reserved",
        header.Offset,
        TlvClauses.Identifiers);

    public static CoapFormatError Multiplicity(TlvHeader header, string path, ResourceDefinition definition) => new(
        TlvRuleIds.Multiplicity,
        $"resource {path} ({definition.Name}) is {(definition.IsMultiple ? "multiple" : "single")}-instance but arrives as a {TlvNames.Of(header.Type)} TLV at offset {header.Offset}",
        header.Offset,
        TlvClauses.ObjectModel);

    public static CoapFormatError Executable(TlvHeader header, string path, ResourceDefinition definition) => new(
        TlvRuleIds.Executable,
        $"resource {path} ({definition.Name}) is executable and has no value, yet the TLV at offset {header.Offset} carries one",
        header.Offset,
        TlvClauses.ObjectModel);

    public static CoapFormatError UnknownObject(int objectId) => new(
        TlvRuleIds.UnknownObject,
        $"object {objectId} is not in the object model; values are kept as Opaque",
        0,
        TlvClauses.ObjectModel,
        RequirementLevel.Should);

    public static CoapFormatError UnknownResource(TlvHeader header, string path, ObjectDefinition definition) => new(
        TlvRuleIds.UnknownResource,
        $"resource {path} at offset {header.Offset} is not defined by object {definition}; its value is kept as Opaque",
        header.Offset,
        TlvClauses.ObjectModel,
        RequirementLevel.Should);

    public static CoapFormatError Value(TlvValueProblem problem, TlvHeader header, string path, Lwm2mDataType type, ReadOnlySpan<byte> bytes) => problem switch
    {
        TlvValueProblem.Width => new(
            TlvRuleIds.ValueWidth,
            $"resource {path} typed {type.ToName()} carries {bytes.Length} bytes (allowed {TlvValueReader.AllowedWidths(type)})",
            header.Offset,
            TlvClauses.DataTypes),
        TlvValueProblem.BooleanValue => new(
            TlvRuleIds.BooleanValue,
            $"resource {path}: Boolean value {bytes[0]} (only 0 and 1 are allowed)",
            header.ValueOffset,
            TlvClauses.DataTypes),
        TlvValueProblem.Utf8 => new(
            TlvRuleIds.StringUtf8,
            $"resource {path} typed {type.ToName()} is not valid UTF-8",
            header.ValueOffset,
            TlvClauses.DataTypes),
        _ => new(
            TlvRuleIds.ObjlnkId,
            $"resource {path}: Objlnk 0x{Convert.ToHexStringLower(bytes)} uses 65535 for one id only (only the null link 65535:65535 may)",
            header.ValueOffset,
            TlvClauses.DataTypes),
    };
}
