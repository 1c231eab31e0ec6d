using System.Globalization;
using System.Net;
using System.Text;
using Harness.Protocol.Coap;
using Harness.Protocol.Coap.Tcp;
using Harness.Protocol.Lwm2m;

namespace Harness.Runtime.Analysis.Text;

/// <summary>
/// A timeline as text for reports and the console: a header line whenever the step comment changes, then one
/// line per message (seconds since the first message, frame number, source → destination, transport, the message
/// with type, code, MID, token and options) and its payload decoded by Content-Format on the lines below; then the
/// timeline's notes. A response's TLV payload is typed with the path of the request whose token it carries.
/// </summary>
public static class WireTimelineText
{
    private const string Indent = "      ";

    public static string Render(WireTimeline timeline)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(timeline, writer);
        return writer.ToString();
    }

    public static void Write(WireTimeline timeline, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(writer);
        var requests = new Dictionary<(IPEndPoint, IPEndPoint, string), Lwm2mPath>();
        string? comment = null;
        var origin = timeline.Messages.Count > 0 ? timeline.Messages[0].Time : default;
        writer.Write($"{timeline.Messages.Count} CoAP messages in {timeline.FrameCount} frames\n");
        foreach (var message in timeline.Messages)
        {
            if (message.Comment is not null && message.Comment != comment)
            {
                comment = message.Comment;
                writer.Write($"== {comment}\n");
            }

            writer.Write(Line(message, origin));
            writer.Write('\n');
            string payload = Payload(message, requests).TrimEnd('\n', '\r');
            if (payload.Length > 0)
            {
                foreach (string line in payload.Split('\n'))
                {
                    writer.Write(Indent);
                    writer.Write(line.TrimEnd('\r'));
                    writer.Write('\n');
                }
            }
        }

        foreach (string note in timeline.Notes)
        {
            writer.Write($"note: {note}\n");
        }
    }

    /// <summary>"+1.234567 s #12 127.0.0.1:40000 → 127.0.0.1:5683 UDP CON 0.02 POST mid=0x1000 token=0a [Uri-Path: rd] payload 23 B".</summary>
    public static string Line(WireMessage message, DateTimeOffset origin)
    {
        ArgumentNullException.ThrowIfNull(message);
        string seconds = (message.Time - origin).TotalSeconds.ToString("0.000000", CultureInfo.InvariantCulture);
        string transport = message.Transport == WireTransport.Udp ? "UDP" : "TCP";
        string content = message.Message is { } m
            ? message.Transport == WireTransport.Udp ? m.ToString() : CoapTcpMessageText.Describe(m)
            : $"undecodable: {message.Decoded.FirstError} — {WirePayloadText.Hex("bytes", message.Bytes)}";
        return $"+{seconds} s #{message.FrameNumber} {message.Source} → {message.Destination} {transport} {content}";
    }

    private static string Payload(WireMessage wire, Dictionary<(IPEndPoint, IPEndPoint, string), Lwm2mPath> requests)
    {
        if (wire.Message is not { } message)
        {
            return string.Empty;
        }

        Lwm2mPath? requestPath = null;
        if (message.IsRequest)
        {
            if (Lwm2mPath.TryParse(message.UriPath, out var path))
            {
                requests[(wire.Source, wire.Destination, message.TokenHex)] = path;
            }
        }
        else if (requests.TryGetValue((wire.Destination, wire.Source, message.TokenHex), out var path))
        {
            requestPath = path;
        }

        return WirePayloadText.Render(message.Payload, message.ContentFormat, requestPath);
    }
}
