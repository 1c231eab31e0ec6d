namespace Harness.Protocol.Coap;

/// <summary>
/// Rules on the code and on how type, code and token combine (RFC 7252 §3, §4.1-§4.3), stated once for
/// the strict decoder, the lax decoder and the validator. Offsets are those of the UDP header: the
/// first byte holds type and token length, the second the code. Null means the rule holds.
/// </summary>
internal static class CoapMessageLayerRules
{
    public const int TypeAndTokenLengthOffset = 0;
    public const int CodeOffset = 1;

    /// <summary>Classes 1, 6 and 7 are reserved; 7.xx signaling exists only over reliable transports.</summary>
    public static CoapFormatError? CodeClass(CoapCode code) => code.Class is 1 or 6 or 7
        ? new(CoapRuleIds.CodeReservedClass, $"Code {code} has reserved class {code.Class}{(code.IsSignaling ? " (signaling codes belong to CoAP over TCP, RFC 8323 §5)" : string.Empty)}", CodeOffset, "RFC 7252 §3, §4.2, §4.3")
        : null;

    /// <summary>Which codes each message type may carry (RFC 7252 §4.2, §4.3, Table 1).</summary>
    public static CoapFormatError? TypeAndCode(CoapMessageType type, CoapCode code) => type switch
    {
        CoapMessageType.NonConfirmable when code.IsEmpty =>
            new(CoapRuleIds.NonConfirmableEmpty, "A Non-confirmable message carries a request or response and must not be Empty (0.00)", CodeOffset, "RFC 7252 §4.3"),
        CoapMessageType.Acknowledgement when code.IsRequest =>
            new(CoapRuleIds.AcknowledgementRequest, $"An Acknowledgement carries a response or is Empty, not the request code {code.Describe()}", CodeOffset, "RFC 7252 §4.2"),
        CoapMessageType.Reset when !code.IsEmpty =>
            new(CoapRuleIds.ResetNotEmpty, $"A Reset must be Empty (0.00), not {code.Describe()}", CodeOffset, "RFC 7252 §4.2"),
        _ => null,
    };

    /// <summary>An Empty message has token length 0 (RFC 7252 §4.1).</summary>
    public static CoapFormatError? EmptyToken(CoapCode code, int tokenLength) => code.IsEmpty && tokenLength != 0
        ? new(CoapRuleIds.EmptyWithToken, $"Empty message (code 0.00) has token length {tokenLength}; it must be 0", TypeAndTokenLengthOffset, "RFC 7252 §4.1")
        : null;

    /// <summary>An Empty message ends after the Message ID (RFC 7252 §4.1).</summary>
    public static CoapFormatError? EmptyNotEmpty(CoapCode code, int bytesAfterHeader) => code.IsEmpty && bytesAfterHeader > 0
        ? new(CoapRuleIds.EmptyNotEmpty, $"Empty message (code 0.00) carries {bytesAfterHeader} bytes after the header", CoapUdpCodec.HeaderLength, "RFC 7252 §4.1")
        : null;
}
