using System.Text;
using Harness.Protocol.Coap;

namespace Harness.Tests.Protocol.Coap.Vectors;

/// <summary>The decoded fields a valid vector states: type, code "c.dd", MID, token, options, payload.</summary>
public sealed record CoapVectorMessage(
    string Type,
    string Code,
    int MessageId,
    string Token,
    IReadOnlyList<CoapVectorOption>? Options,
    string? PayloadText,
    string? PayloadHex)
{
    public CoapMessage ToMessage()
    {
        var type = Type switch
        {
            "CON" => CoapMessageType.Confirmable,
            "NON" => CoapMessageType.NonConfirmable,
            "ACK" => CoapMessageType.Acknowledgement,
            "RST" => CoapMessageType.Reset,
            _ => throw new InvalidDataException($"Unknown message type {Type}"),
        };
        var parts = Code.Split('.');
        var code = CoapCode.Of(int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture));
        byte[] payload = PayloadText is not null ? Encoding.UTF8.GetBytes(PayloadText) : Convert.FromHexString(PayloadHex ?? string.Empty);
        return new CoapMessage(type, code, checked((ushort)MessageId), Convert.FromHexString(Token), (Options ?? []).Select(o => o.ToOption()), payload);
    }
}
