using Harness.Protocol.Coap;

namespace Harness.Tests.Runtime.Coap;

/// <summary>Small builders for the messages these tests exchange.</summary>
internal static class CoapTestMessages
{
    /// <summary>Long enough for a loaded 2-core machine; only ever reached when the test fails.</summary>
    public static readonly TimeSpan MustHappenWithin = TimeSpan.FromSeconds(10);

    public static CoapMessage Get(string path, CoapMessageType type = CoapMessageType.Confirmable) =>
        Request(CoapCode.Get, path, type);

    public static CoapMessage Request(CoapCode method, string path, CoapMessageType type = CoapMessageType.Confirmable) =>
        new(type, method, options: path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(s => CoapOption.FromString(OptionNumber.UriPath, s)));

    public static CoapMessage Content(string text) =>
        new CoapMessage(CoapMessageType.Acknowledgement, CoapCode.Content).WithPayload(text);

    public static string Text(CoapMessage message) => System.Text.Encoding.UTF8.GetString(message.Payload.Span);
}
