using System.Globalization;
using System.Text;
using Harness.Runtime.Analysis;

namespace Harness.Testing.Evidence;

/// <summary>
/// The decoded timeline of a test's capture as text for timeline.txt: one line per CoAP message (time, frame,
/// endpoints, the message or why it breaks the format, the step comment), then what the reader could not use.
/// </summary>
public static class TimelineText
{
    /// <summary>Renders <paramref name="timeline"/>; times are UTC and, in brackets, seconds since the first message.</summary>
    public static string Render(WireTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{timeline.Messages.Count} CoAP message(s) in {timeline.FrameCount} frame(s)\n");
        var first = timeline.Messages.Count > 0 ? timeline.Messages[0].Time : default;
        foreach (var message in timeline.Messages)
        {
            var content = message.Message?.ToString() ?? $"undecodable: {message.Decoded.FirstError} {Convert.ToHexStringLower(message.Bytes.Span)}";
            text.Append(CultureInfo.InvariantCulture, $"#{message.Index,-4} frame {message.FrameNumber,-5} {message.Time.UtcDateTime:HH:mm:ss.ffffff} (+{(message.Time - first).TotalSeconds:0.000000}) ");
            text.Append(CultureInfo.InvariantCulture, $"{message.Transport} {message.Source} -> {message.Destination}  {content}");
            if (!string.IsNullOrEmpty(message.Comment))
            {
                text.Append("  [").Append(message.Comment).Append(']');
            }

            text.Append('\n');
        }

        foreach (var note in timeline.Notes)
        {
            text.Append("note: ").Append(note).Append('\n');
        }

        return text.ToString();
    }
}
