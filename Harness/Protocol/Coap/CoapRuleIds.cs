namespace Harness.Protocol.Coap;

/// <summary>
/// Stable ids of the CoAP message rules; RULES.md in this folder states each one with its level and
/// clause. Ids never change meaning once published: reports and baselines refer to them.
/// </summary>
public static class CoapRuleIds
{
    public const string Unknown = "COAP-UNKNOWN";

    // Header and token (RFC 7252 §3).
    public const string HeaderShort = "COAP-HDR-SHORT";
    public const string HeaderVersion = "COAP-HDR-VERSION";
    public const string TokenLengthReserved = "COAP-TKL-RESERVED";
    public const string TokenTruncated = "COAP-TOKEN-TRUNCATED";
    public const string CodeReservedClass = "COAP-CODE-RESERVED-CLASS";

    // Message type and code combinations (RFC 7252 §4.1-§4.3).
    public const string EmptyWithToken = "COAP-EMPTY-TOKEN";
    public const string EmptyNotEmpty = "COAP-EMPTY-NOT-EMPTY";
    public const string NonConfirmableEmpty = "COAP-NON-EMPTY";
    public const string AcknowledgementRequest = "COAP-ACK-REQUEST";
    public const string ResetNotEmpty = "COAP-RST-NOT-EMPTY";

    // Option encoding (RFC 7252 §3.1) and option definitions (§5.4).
    public const string OptionDelta15 = "COAP-OPT-DELTA-15";
    public const string OptionLength15 = "COAP-OPT-LENGTH-15";
    public const string OptionTruncated = "COAP-OPT-TRUNCATED";
    public const string OptionNumberRange = "COAP-OPT-NUMBER-RANGE";
    public const string OptionOrder = "COAP-OPT-ORDER";
    public const string OptionRepeated = "COAP-OPT-REPEATED";
    public const string OptionLengthRange = "COAP-OPT-LENGTH-RANGE";
    public const string PayloadMarkerEmpty = "COAP-PAYLOAD-MARKER-EMPTY";

    // Findings of the validator only.
    public const string UIntLeadingZero = "COAP-OPT-UINT-LEADING-ZERO";
    public const string StringNotUtf8 = "COAP-OPT-STRING-UTF8";
    public const string OptionNumberReserved = "COAP-OPT-NUMBER-RESERVED";
    public const string DiagnosticPayloadUtf8 = "COAP-DIAG-PAYLOAD-UTF8";
    public const string BlockSizeReserved = "COAP-BLOCK-SZX-RESERVED";
    public const string Block2RequestMore = "COAP-BLOCK2-REQUEST-MORE";
    public const string BlockPayloadSize = "COAP-BLOCK-PAYLOAD-SIZE";
}
