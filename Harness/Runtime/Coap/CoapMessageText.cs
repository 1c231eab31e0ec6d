using Harness.Protocol.Coap;

namespace Harness.Runtime.Coap;

/// <summary>Short descriptions used in timeout and reset errors: "CON POST /rd mid=0x1a2b token=0a0b0c0d".</summary>
internal static class CoapMessageText
{
    public static string Brief(CoapMessage message)
    {
        string code = message.IsRequest && CoapCodeIsMethod(message.Code) ? MethodName(message.Code) : message.Code.Describe();
        string path = message.IsRequest ? " " + message.UriPath : string.Empty;
        string token = message.Token.IsEmpty ? string.Empty : " token=" + message.TokenHex;
        return $"{CoapMessage.TypeAbbreviation(message.Type)} {code}{path} mid=0x{message.MessageId:x4}{token}";
    }

    public static string Seconds(TimeSpan span) => $"{span.TotalSeconds:0.###} s";

    private static bool CoapCodeIsMethod(CoapCode code) => code.Value is >= 1 and <= 7;

    private static string MethodName(CoapCode code)
    {
        string described = code.Describe();
        int space = described.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? described : described[(space + 1)..];
    }
}
