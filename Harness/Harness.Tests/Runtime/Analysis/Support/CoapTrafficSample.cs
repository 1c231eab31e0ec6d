using System.Net;
using System.Text;
using Harness.Protocol.Coap;
using Harness.Protocol.Lwm2m;
using Harness.Protocol.Lwm2m.Content;
using Harness.Protocol.Lwm2m.Content.Tlv;
using Harness.Tests.Protocol.Lwm2m.Content;

namespace Harness.Tests.Runtime.Analysis.Support;

/// <summary>
/// A realistic LwM2M exchange mix over UDP for captures: Register (CON POST /rd, ACK 2.01 with Location-Path),
/// Reads (CON GET /3/0, ACK 2.05 TLV), Observe (CON GET with Observe, ACK 2.05 SenML JSON), then NON and CON
/// notifications (a CON one answered by an empty ACK). Shared by the analyzer's tests and its benchmark.
/// </summary>
internal static class CoapTrafficSample
{
    private static readonly byte[] DeviceTlv = TlvCodec.Instance.Encode(
        Lwm2mContent.Single(new Lwm2mPath(3, 0), DeviceSample.Instance()), Lwm2mCodecContext.For(new Lwm2mPath(3, 0), Lwm2mVersions.V11));

    private static readonly byte[] TemperatureSenml = Encoding.UTF8.GetBytes("[{\"bn\":\"/3303/0/\",\"n\":\"5700\",\"v\":21.5}]");

    /// <summary>Exactly <paramref name="count"/> messages, alternating between the client and the server.</summary>
    public static IEnumerable<(IPEndPoint From, IPEndPoint To, CoapMessage Message)> Messages(int count, IPEndPoint client, IPEndPoint server)
    {
        ushort clientMid = 0x1000;
        ushort serverMid = 0x8000;
        uint observe = 2;
        int produced = 0;
        for (int round = 0; produced < count; round++)
        {
            foreach (var (fromClient, message) in Round(round, ref clientMid, ref serverMid, ref observe))
            {
                if (produced++ == count)
                {
                    yield break;
                }

                yield return fromClient ? (client, server, message) : (server, client, message);
            }
        }
    }

    private static List<(bool FromClient, CoapMessage Message)> Round(int round, ref ushort clientMid, ref ushort serverMid, ref uint observe)
    {
        var token = BitConverter.GetBytes(round);
        var list = new List<(bool, CoapMessage)>();
        switch (round % 4)
        {
            case 0:
                list.Add((true, new CoapMessage(CoapMessageType.Confirmable, CoapCode.Post, clientMid, token,
                    [CoapOption.FromString(OptionNumber.UriPath, "rd"), CoapOption.FromUInt(OptionNumber.ContentFormat, 40),
                     CoapOption.FromString(OptionNumber.UriQuery, "ep=bench"), CoapOption.FromString(OptionNumber.UriQuery, "lt=300")],
                    Encoding.UTF8.GetBytes("</1/0>,</3/0>,</3303/0>"))));
                list.Add((false, new CoapMessage(CoapMessageType.Acknowledgement, CoapCode.Created, clientMid++, token,
                    [CoapOption.FromString(OptionNumber.LocationPath, "rd"), CoapOption.FromString(OptionNumber.LocationPath, "5a3f")])));
                break;
            case 1:
                list.Add((false, new CoapMessage(CoapMessageType.Confirmable, CoapCode.Get, serverMid, token,
                    [CoapOption.FromString(OptionNumber.UriPath, "3"), CoapOption.FromString(OptionNumber.UriPath, "0"), CoapOption.FromUInt(OptionNumber.Accept, 11542)])));
                list.Add((true, new CoapMessage(CoapMessageType.Acknowledgement, CoapCode.Content, serverMid++, token,
                    [CoapOption.FromUInt(OptionNumber.ContentFormat, 11542)], DeviceTlv)));
                break;
            case 2:
                list.Add((false, new CoapMessage(CoapMessageType.Confirmable, CoapCode.Get, serverMid, token,
                    [CoapOption.FromUInt(OptionNumber.Observe, 0), CoapOption.FromString(OptionNumber.UriPath, "3303"), CoapOption.FromString(OptionNumber.UriPath, "0"), CoapOption.FromUInt(OptionNumber.Accept, 110)])));
                list.Add((true, new CoapMessage(CoapMessageType.Acknowledgement, CoapCode.Content, serverMid++, token,
                    [CoapOption.FromUInt(OptionNumber.Observe, observe++), CoapOption.FromUInt(OptionNumber.ContentFormat, 110)], TemperatureSenml)));
                break;
            default:
                var observed = BitConverter.GetBytes(round - 1);
                list.Add((true, new CoapMessage(CoapMessageType.NonConfirmable, CoapCode.Content, clientMid++, observed,
                    [CoapOption.FromUInt(OptionNumber.Observe, observe++), CoapOption.FromUInt(OptionNumber.ContentFormat, 110)], TemperatureSenml)));
                list.Add((true, new CoapMessage(CoapMessageType.Confirmable, CoapCode.Content, clientMid, observed,
                    [CoapOption.FromUInt(OptionNumber.Observe, observe++), CoapOption.FromUInt(OptionNumber.ContentFormat, 110)], TemperatureSenml)));
                list.Add((false, new CoapMessage(CoapMessageType.Acknowledgement, CoapCode.Empty, clientMid++)));
                break;
        }

        return list;
    }
}
