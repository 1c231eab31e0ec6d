namespace Harness.Runtime.Coap;

/// <summary>A received datagram that failed strict decoding, and whether the endpoint rejected it with RST.</summary>
public sealed record CoapDecodeErrorEvent(CoapDatagram Datagram, Harness.Protocol.Coap.CoapFormatError Error, bool AnsweredWithReset)
{
    public override string ToString() =>
        $"{Datagram.Time:HH:mm:ss.fff} from {Datagram.Remote}: {Error}{(AnsweredWithReset ? "; rejected with RST" : string.Empty)} [{Datagram.Hex}]";
}
