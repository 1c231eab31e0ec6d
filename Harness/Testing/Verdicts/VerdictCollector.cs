namespace Harness.Testing.Verdicts;

/// <summary>
/// Records the checks of one test case in the order they were made and combines them, worst wins.
/// A test with no recorded check is Inconclusive: silence proves nothing about the DUT.
/// </summary>
public sealed class VerdictCollector
{
    private readonly Lock gate = new();
    private readonly List<VerdictCheck> checks = [];
    private readonly IReadOnlyList<string> defaultRequirementIds;
    private readonly string? defaultSpecClause;

    /// <param name="defaultRequirementIds">Requirement ids given to checks that name none (usually the test case's).</param>
    /// <param name="defaultSpecClause">Spec clause given to checks that name none.</param>
    public VerdictCollector(IReadOnlyList<string>? defaultRequirementIds = null, string? defaultSpecClause = null)
    {
        this.defaultRequirementIds = defaultRequirementIds ?? [];
        this.defaultSpecClause = defaultSpecClause;
    }

    /// <summary>The checks recorded so far, in order.</summary>
    public IReadOnlyList<VerdictCheck> Checks
    {
        get
        {
            lock (gate)
            {
                return [.. checks];
            }
        }
    }

    /// <summary>The overall verdict so far.</summary>
    public Verdict Overall => Result.Overall;

    /// <summary>The overall verdict with its checks.</summary>
    public TestVerdict Result
    {
        get
        {
            var recorded = Checks;
            if (recorded.Count == 0)
            {
                return new TestVerdict(Verdict.Inconclusive, [new VerdictCheck(Verdict.Inconclusive, "no check was recorded")]);
            }

            return new TestVerdict(VerdictCombination.Worst(recorded.Select(check => check.Verdict)), recorded);
        }
    }

    /// <summary>Records a check, filling in the default requirement ids and clause when it has none.</summary>
    public VerdictCheck Record(VerdictCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        var completed = check with
        {
            RequirementIds = check.RequirementIds.Count == 0 ? defaultRequirementIds : check.RequirementIds,
            SpecClause = check.SpecClause ?? defaultSpecClause,
        };
        lock (gate)
        {
            checks.Add(completed);
        }

        return completed;
    }

    /// <summary>Records Pass when <paramref name="passed"/> holds, otherwise Fail, with the same details.</summary>
    public VerdictCheck Check(bool passed, string reason, int? step = null, string? expected = null, string? actual = null) =>
        Record(new VerdictCheck(passed ? Verdict.Pass : Verdict.Fail, reason)
        {
            Step = step,
            Expected = expected,
            Actual = actual,
        });

    /// <summary>Records that the DUT missed <paramref name="deadline"/> while the harness awaited <paramref name="awaited"/>.</summary>
    public VerdictCheck OutOfTime(string awaited, TimeSpan deadline, int? step = null) =>
        Record(new VerdictCheck(Verdict.OutOfTime, $"no {awaited} within the deadline")
        {
            Step = step,
            Expected = awaited,
            Actual = "nothing",
            Deadline = deadline,
        });
}
