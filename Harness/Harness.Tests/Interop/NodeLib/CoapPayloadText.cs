using System.Text;
using Harness.Protocol.Coap;

namespace Harness.Tests.Interop.NodeLib;

/// <summary>The payload of a message as UTF-8 text, for asserting what a text-speaking peer sent.</summary>
internal static class CoapPayloadText
{
    public static string PayloadText(this CoapMessage message) => Encoding.UTF8.GetString(message.Payload.Span);
}
