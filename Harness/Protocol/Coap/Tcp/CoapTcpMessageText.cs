using System.Text;

namespace Harness.Protocol.Coap.Tcp;

/// <summary>
/// One-line text of a message as carried over TCP: no type or message id, and signaling options
/// named by their code's own definitions ("7.01 CSM [Max-Message-Size: 1152] [Block-Wise-Transfer]").
/// </summary>
public static class CoapTcpMessageText
{
    public static string Describe(CoapMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var text = new StringBuilder(message.Code.Describe());
        if (!message.Token.IsEmpty)
        {
            text.Append(" token=").Append(message.TokenHex);
        }

        foreach (var option in message.Options)
        {
            text.Append(" [").Append(DescribeOption(message.Code, option)).Append(']');
        }

        if (!message.Payload.IsEmpty)
        {
            text.Append(" payload ").Append(message.Payload.Length).Append(" B");
        }

        return text.ToString();
    }

    public static string DescribeOption(CoapCode code, CoapOption option)
    {
        if (!code.IsSignaling)
        {
            return option.ToString();
        }

        var definition = SignalingOptionRegistry.Find(code, option.Number);
        string name = definition?.Name ?? $"Signaling option {option.Number}";
        var value = option.Value.Span;
        return (definition?.Format, value.Length) switch
        {
            (OptionFormat.Empty, 0) => name,
            (OptionFormat.UInt, <= 4) => $"{name}: {option.GetUInt()}",
            (OptionFormat.String, _) => $"{name}: {option.GetString()}",
            (_, 0) => $"{name}: (empty)",
            _ => $"{name}: 0x{Convert.ToHexStringLower(value)}",
        };
    }
}
