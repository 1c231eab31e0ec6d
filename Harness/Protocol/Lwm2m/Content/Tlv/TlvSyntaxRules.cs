using Harness.Protocol.Coap;

namespace Harness.Protocol.Lwm2m.Content.Tlv;

/// <summary>The record-level syntax rules both tiers apply: what may nest where, and ignored length bits.</summary>
internal static class TlvSyntaxRules
{
    /// <summary>Object instances hold resources and multiple resources; multiple resources hold resource instances.</summary>
    public static bool MayContain(TlvIdentifierType parent, TlvIdentifierType child) => parent switch
    {
        TlvIdentifierType.ObjectInstance => child is TlvIdentifierType.ResourceWithValue or TlvIdentifierType.MultipleResource,
        TlvIdentifierType.MultipleResource => child == TlvIdentifierType.ResourceInstance,
        _ => false,
    };

    public static CoapFormatError Nesting(TlvHeader parent, TlvHeader child) => new(
        TlvRuleIds.Nesting,
        $"{child.Describe()} at offset {child.Offset} cannot appear inside {parent.Describe()} (it holds {Allowed(parent.Type)})",
        child.Offset,
        TlvClauses.Format);

    public static CoapFormatError IgnoredLengthBits(TlvHeader header) => new(
        TlvRuleIds.IgnoredLengthBits,
        $"{header.Describe()}: type byte 0x{header.TypeByte:X2} has a length field and sets bits 2-0 ({header.TypeByte & 0x7}), which receivers ignore",
        header.Offset,
        TlvClauses.Format,
        RequirementLevel.Should);

    private static string Allowed(TlvIdentifierType parent) => parent == TlvIdentifierType.ObjectInstance
        ? "Resource and Multiple Resource TLVs"
        : "Resource Instance TLVs";
}
