using Harness.Testing.Verdicts;

namespace Harness.Testing.Baselines;

/// <summary>Known failures, matched against a run's results by ETS id or test name.</summary>
public sealed class Baseline
{
    public Baseline(IReadOnlyList<BaselineEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        Entries = entries;
    }

    public static Baseline Empty { get; } = new([]);

    public IReadOnlyList<BaselineEntry> Entries { get; }

    /// <summary>The entry covering <paramref name="result"/>, by its test name first, then by any of its ETS ids.</summary>
    public BaselineEntry? Find(TestRunResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Entries.FirstOrDefault(entry => entry.Test == result.TestCase.Id)
            ?? Entries.FirstOrDefault(entry => result.TestCase.EtsIds.Contains(entry.Test, StringComparer.Ordinal));
    }

    /// <summary>Sorts each result into new failure, expected failure, fixed, pass or not judged.</summary>
    public BaselineComparison Compare(IEnumerable<TestRunResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var classified = results.Select(result => new ClassifiedResult(result, Classify(result), Find(result))).ToList();
        var used = classified.Select(item => item.Entry).OfType<BaselineEntry>().ToHashSet();
        return new BaselineComparison(classified, [.. Entries.Where(entry => !used.Contains(entry))]);
    }

    private BaselineClassification Classify(TestRunResult result)
    {
        var known = Find(result) is not null;
        return result.Verdict switch
        {
            var verdict when VerdictCombination.IsFailure(verdict) => known ? BaselineClassification.ExpectedFailure : BaselineClassification.NewFailure,
            Verdict.Pass => known ? BaselineClassification.Fixed : BaselineClassification.Pass,
            _ => BaselineClassification.NotJudged,
        };
    }
}
