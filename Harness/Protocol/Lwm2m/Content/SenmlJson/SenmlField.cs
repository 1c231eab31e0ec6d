namespace Harness.Protocol.Lwm2m.Content.SenmlJson;

/// <summary>The SenML JSON labels (RFC 8428 §4.1, §4.2, Table 4 in §5) plus LwM2M's "vlo" (Core §7.4.4).</summary>
internal enum SenmlField
{
    Unknown,
    BaseName,
    BaseTime,
    BaseUnit,
    BaseValue,
    BaseSum,
    BaseVersion,
    Name,
    Unit,
    Value,
    StringValue,
    BooleanValue,
    DataValue,
    ObjectLinkValue,
    Sum,
    Time,
    UpdateTime,
}
