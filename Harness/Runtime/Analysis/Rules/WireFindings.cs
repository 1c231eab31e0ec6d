using System.Globalization;
using Harness.Protocol.Coap;

namespace Harness.Runtime.Analysis.Rules;

/// <summary>Builds findings and the short message descriptions they share, so that every rule words them alike.</summary>
internal static class WireFindings
{
    public static WireFinding Create(
        IWireRule rule,
        WireFindingSeverity severity,
        string description,
        IEnumerable<WireMessage> messages,
        string? expected = null,
        string? actual = null,
        string? clause = null)
    {
        var list = messages.ToList();
        return new WireFinding
        {
            RuleId = rule.Id,
            Clause = clause ?? rule.Clause,
            Severity = severity,
            Description = description,
            MessageIndexes = list.Select(m => m.Index).ToList(),
            Culprit = list.Count > 0 ? list[0].Source : null,
            Expected = expected,
            Actual = actual,
        };
    }

    /// <summary>"frame 12 (CON GET mid=0x0001 token=0a)": enough to find the message in Wireshark.</summary>
    public static string Frame(WireMessage message) =>
        string.Create(CultureInfo.InvariantCulture, $"frame {message.FrameNumber} ({Summary(message)})");

    /// <summary>Type, code, message id and token of a decoded message; "undecodable" otherwise.</summary>
    public static string Summary(WireMessage message)
    {
        if (message.Message is not { } m)
        {
            return "undecodable";
        }

        var text = message.Transport == WireTransport.Udp
            ? string.Create(CultureInfo.InvariantCulture, $"{CoapMessage.TypeAbbreviation(m.Type)} {m.Code.Describe()} mid=0x{m.MessageId:x4}")
            : m.Code.Describe();
        return m.Token.IsEmpty ? text : $"{text} token={m.TokenHex}";
    }

    /// <summary>The message's bytes in hex, the first 64 only (then "…").</summary>
    public static string Hex(WireMessage message)
    {
        const int Shown = 64;
        var bytes = message.Bytes.Span;
        return bytes.Length <= Shown ? Convert.ToHexStringLower(bytes) : Convert.ToHexStringLower(bytes[..Shown]) + "…";
    }

    public static string Milliseconds(TimeSpan span) => span.TotalMilliseconds.ToString("0.###", CultureInfo.InvariantCulture) + " ms";
}
