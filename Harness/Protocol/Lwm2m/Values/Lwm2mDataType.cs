namespace Harness.Protocol.Lwm2m.Values;

/// <summary>The LwM2M data types (LwM2M Core, Appendix C); <see cref="None"/> is the type of executable resources.</summary>
public enum Lwm2mDataType
{
    /// <summary>No value: executable resources carry none.</summary>
    None = 0,
    String,

    /// <summary>Signed, up to 64 bits.</summary>
    Integer,

    /// <summary>Unsigned, up to 64 bits (LwM2M 1.1 and later).</summary>
    UnsignedInteger,

    /// <summary>IEEE 754, 32 or 64 bits on the wire; held as 64 bits.</summary>
    Float,
    Boolean,
    Opaque,

    /// <summary>Unix time in seconds, signed.</summary>
    Time,

    /// <summary>A reference to an object instance, "objectId:instanceId".</summary>
    Objlnk,

    /// <summary>CoRE link format text (LwM2M 1.1 and later).</summary>
    Corelnk,
}
