using System.Globalization;
using System.Text;

namespace Harness.Runtime.Analysis.Timeline;

/// <summary>
/// Counts the frames that did not become CoAP messages, by reason, keeping the first few frame numbers of each,
/// and turns the counts into a handful of note lines (never one line per frame).
/// </summary>
internal sealed class SkippedFrameTally
{
    private const int FramesNamed = 5;

    private readonly Dictionary<string, (long Count, List<long> First)> reasons = new(StringComparer.Ordinal);
    private readonly List<string> order = [];

    /// <summary>Counts one frame under <paramref name="reason"/> (a phrase in the plural, e.g. "UDP datagrams on other ports").</summary>
    public void Add(string reason, long frameNumber)
    {
        if (!reasons.TryGetValue(reason, out var entry))
        {
            entry = (0, []);
            order.Add(reason);
        }

        if (entry.First.Count < FramesNamed)
        {
            entry.First.Add(frameNumber);
        }

        reasons[reason] = (entry.Count + 1, entry.First);
    }

    public long Count(string reason) => reasons.TryGetValue(reason, out var entry) ? entry.Count : 0;

    /// <summary>One line per reason for which <paramref name="separate"/> holds; the rest (other protocols) together in one line.</summary>
    public IEnumerable<string> Notes(Func<string, bool> separate, string otherHeading)
    {
        foreach (var reason in order.Where(separate))
        {
            yield return Line(reason);
        }

        var others = order.Where(r => !separate(r)).ToList();
        if (others.Count > 0)
        {
            yield return otherHeading + ": " + string.Join("; ", others.Select(Line));
        }
    }

    private string Line(string reason)
    {
        var (count, first) = reasons[reason];
        var text = new StringBuilder();
        text.Append(count.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(reason)
            .Append(count == 1 ? " (frame " : " (frames ")
            .AppendJoin(", ", first);
        if (count > first.Count)
        {
            text.Append(", ...");
        }

        return text.Append(')').ToString();
    }
}
