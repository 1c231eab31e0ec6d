namespace Harness.Protocol.Lwm2m.Content.Tlv;

/// <summary>Names of the identifier types as the specification writes them, for messages and rendering.</summary>
public static class TlvNames
{
    public static string Of(TlvIdentifierType type) => type switch
    {
        TlvIdentifierType.ObjectInstance => "Object Instance",
        TlvIdentifierType.ResourceInstance => "Resource Instance",
        TlvIdentifierType.MultipleResource => "Multiple Resource",
        _ => "Resource",
    };
}
