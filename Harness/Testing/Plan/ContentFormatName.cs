namespace Harness.Testing.Plan;

/// <summary>LwM2M content formats an ICS can declare.</summary>
public enum ContentFormatName
{
    PlainText,
    Opaque,
    CoreLinkFormat,
    Tlv,
    Json,
    SenmlJson,
    SenmlCbor,
    Cbor,
    Lwm2mCbor,
}
