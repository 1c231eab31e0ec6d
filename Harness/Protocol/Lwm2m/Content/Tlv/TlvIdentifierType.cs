namespace Harness.Protocol.Lwm2m.Content.Tlv;

/// <summary>Bits 7-6 of a TLV type byte: what the identifier names (LwM2M Core §7.4.3).</summary>
public enum TlvIdentifierType
{
    /// <summary>00: an object instance; the value holds resource and multiple resource TLVs.</summary>
    ObjectInstance = 0,

    /// <summary>01: one instance of a multiple resource, with its value.</summary>
    ResourceInstance = 1,

    /// <summary>10: a multiple resource; the value holds resource instance TLVs.</summary>
    MultipleResource = 2,

    /// <summary>11: a single resource with its value.</summary>
    ResourceWithValue = 3,
}
