using System.Text;
using Harness.Protocol.Coap;

namespace Harness.Tests.Runtime.Analysis.Rules;

/// <summary>Short constructors for the CoAP messages the rule tests and reference captures are made of.</summary>
internal static class Msg
{
    public static CoapMessage Register(ushort mid, byte token, string endpoint = "ref-device") =>
        new(CoapMessageType.Confirmable, CoapCode.Post, mid, new[] { token },
            [Path("rd"), CoapOption.FromString(OptionNumber.UriQuery, "ep=" + endpoint), CoapOption.FromString(OptionNumber.UriQuery, "lt=300"),
             CoapOption.FromString(OptionNumber.UriQuery, "lwm2m=1.1"), CoapOption.FromUInt(OptionNumber.ContentFormat, ContentFormat.LinkFormat)],
            Encoding.UTF8.GetBytes("</1/0>,</3/0>"));

    public static CoapMessage Created(ushort mid, byte token, params string[] location) =>
        new(CoapMessageType.Acknowledgement, CoapCode.Created, mid, new[] { token },
            location.Select(s => CoapOption.FromString(OptionNumber.LocationPath, s)));

    public static CoapMessage Request(CoapCode code, ushort mid, byte token, string path, params CoapOption[] extra) =>
        new(CoapMessageType.Confirmable, code, mid, new[] { token }, path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Path).Concat(extra));

    public static CoapMessage Ack(CoapCode code, ushort mid, byte token, params CoapOption[] options) =>
        new(CoapMessageType.Acknowledgement, code, mid, new[] { token }, options);

    public static CoapMessage Content(CoapMessageType type, ushort mid, byte token, int contentFormat, byte[] payload, params CoapOption[] extra) =>
        new(type, CoapCode.Content, mid, new[] { token }, extra.Append(CoapOption.FromUInt(OptionNumber.ContentFormat, (uint)contentFormat)), payload);

    public static CoapMessage Text(CoapMessageType type, ushort mid, byte token, string text, params CoapOption[] extra) =>
        Content(type, mid, token, ContentFormat.TextPlain, Encoding.UTF8.GetBytes(text), extra);

    public static CoapMessage EmptyAck(ushort mid) => new(CoapMessageType.Acknowledgement, CoapCode.Empty, mid);

    public static CoapMessage Reset(ushort mid) => new(CoapMessageType.Reset, CoapCode.Empty, mid);

    public static CoapMessage Ping(ushort mid) => new(CoapMessageType.Confirmable, CoapCode.Empty, mid);

    public static CoapOption Observe(uint value) => CoapOption.FromUInt(OptionNumber.Observe, value);

    public static CoapOption Block2(uint number, bool more, int size) => CoapOption.FromUInt(OptionNumber.Block2, BlockValue.For(number, more, size).ToUInt());

    public static CoapOption Block1(uint number, bool more, int size) => CoapOption.FromUInt(OptionNumber.Block1, BlockValue.For(number, more, size).ToUInt());

    public static byte[] Bytes(int count, byte fill = (byte)'x') => Enumerable.Repeat(fill, count).ToArray();

    private static CoapOption Path(string segment) => CoapOption.FromString(OptionNumber.UriPath, segment);
}
