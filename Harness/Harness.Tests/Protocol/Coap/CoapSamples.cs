using Harness.Protocol.Coap;

namespace Harness.Tests.Protocol.Coap;

/// <summary>Correct messages the codec tests start from (principle 7: valid first, then mutated).</summary>
internal static class CoapSamples
{
    /// <summary>
    /// A 40-byte LwM2M Register: CON POST, 4-byte token, Uri-Path "rd", Content-Format 40,
    /// Uri-Query "ep=node1", "lt=300", "b=U" and the link-format payload "&lt;/3/0&gt;".
    /// </summary>
    public static CoapMessage Register40 => new(
        CoapMessageType.Confirmable,
        CoapCode.Post,
        0x3a7c,
        new byte[] { 0xa1, 0xb2, 0xc3, 0xd4 },
        [
            CoapOption.FromString(OptionNumber.UriPath, "rd"),
            CoapOption.FromUInt(OptionNumber.ContentFormat, 40),
            CoapOption.FromString(OptionNumber.UriQuery, "ep=node1"),
            CoapOption.FromString(OptionNumber.UriQuery, "lt=300"),
            CoapOption.FromString(OptionNumber.UriQuery, "b=U"),
        ],
        "</3/0>"u8.ToArray());

    /// <summary>LwM2M Read of /3/0 asking for TLV: options Uri-Path 3, Uri-Path 0, Accept 11542.</summary>
    public static CoapMessage Read => new(
        CoapMessageType.Confirmable,
        CoapCode.Get,
        0x0b2e,
        new byte[] { 0x5e, 0x6f, 0x70, 0x81 },
        [
            CoapOption.FromString(OptionNumber.UriPath, "3"),
            CoapOption.FromString(OptionNumber.UriPath, "0"),
            CoapOption.FromUInt(OptionNumber.Accept, 11542),
        ]);

    /// <summary>A 2.05 notification with Observe and Block2: options ETag, Observe, Block2 0/1/16 and 16 bytes.</summary>
    public static CoapMessage Notification => new(
        CoapMessageType.NonConfirmable,
        CoapCode.Content,
        0x7b50,
        new byte[] { 0x4a },
        [
            CoapOption.FromBytes(OptionNumber.ETag, [0x6f, 0x00, 0xf3, 0x92]),
            CoapOption.FromUInt(OptionNumber.Observe, 62354),
            CoapOption.FromUInt(OptionNumber.Block2, BlockValue.For(0, more: true, size: 16).ToUInt()),
        ],
        new byte[16]);

    /// <summary>A request whose Size1 option (number 60) needs a delta extension byte.</summary>
    public static CoapMessage WithExtendedDelta => new(
        CoapMessageType.Confirmable,
        CoapCode.Put,
        0x0101,
        options: [CoapOption.FromUInt(OptionNumber.Size1, 1024)],
        payload: "x"u8.ToArray());
}
