namespace Harness.Testing.Plan;

/// <summary>Suggests the closest known spelling for a mistyped key or value.</summary>
public static class DidYouMean
{
    /// <summary>The candidate nearest to <paramref name="typed"/> by edit distance, when it is close enough to be a typo.</summary>
    public static string? Suggest(string typed, IEnumerable<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(typed);
        ArgumentNullException.ThrowIfNull(candidates);
        var best = candidates
            .Select(candidate => (candidate, distance: Closeness(typed.ToUpperInvariant(), candidate.ToUpperInvariant())))
            .OrderBy(pair => pair.distance)
            .FirstOrDefault();
        var allowed = Math.Max(2, typed.Length / 3);
        return best.candidate is not null && best.distance <= allowed ? best.candidate : null;
    }

    /// <summary>" (did you mean "x"?)" or nothing.</summary>
    public static string Hint(string typed, IEnumerable<string> candidates) =>
        Suggest(typed, candidates) is { } suggestion ? $"; did you mean \"{suggestion}\"?" : string.Empty;

    // A typo of the whole word, or of its beginning: "senml" suggests "senmlJson".
    private static int Closeness(string typed, string candidate) =>
        Math.Min(Distance(typed, candidate), Distance(typed, candidate[..Math.Min(candidate.Length, typed.Length + 1)]));

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
