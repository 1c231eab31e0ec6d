namespace Harness.Protocol.Lwm2m.Content.Cbor;

/// <summary>How the wire typed a value before the object model types it.</summary>
public enum WireValueKind
{
    /// <summary>An integer that fits a signed 64-bit value.</summary>
    Integer,

    /// <summary>A non-negative integer above <see cref="long.MaxValue"/>.</summary>
    UnsignedInteger,
    Float,
    Text,
    Bytes,
    Boolean,

    /// <summary>SenML's "vlo" field: "objectId:instanceId" as text.</summary>
    ObjectLinkText,
}
