using System.Text;
using Harness.Runtime.Coap;

namespace Harness.Testing.Cases;

/// <summary>The traffic of a test as text for its output: one datagram per line, in order.</summary>
internal static class Lwm2mTrafficText
{
    public static string Describe(IReadOnlyList<CoapDatagram> traffic)
    {
        var text = new StringBuilder();
        text.Append("traffic (").Append(traffic.Count).Append(" datagrams):");
        foreach (var datagram in traffic)
        {
            text.Append("\n  ").Append(datagram);
        }

        return text.ToString();
    }
}
