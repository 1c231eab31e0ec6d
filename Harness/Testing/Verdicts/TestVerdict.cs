using System.Text;

namespace Harness.Testing.Verdicts;

/// <summary>The overall verdict of one test case with the checks it was combined from, in order.</summary>
public sealed record TestVerdict(Verdict Overall, IReadOnlyList<VerdictCheck> Checks)
{
    /// <summary>The checks whose verdict equals the overall one (the checks that decided it).</summary>
    public IEnumerable<VerdictCheck> Deciding => Checks.Where(check => check.Verdict == Overall);

    /// <summary>The checks that count as failures (Fail, OutOfTime, Error), in recorded order.</summary>
    public IEnumerable<VerdictCheck> Failures => Checks.Where(check => VerdictCombination.IsFailure(check.Verdict));

    /// <summary>A message naming the overall verdict and describing the checks that decided it.</summary>
    public string Describe(IEnumerable<VerdictCheck> checks)
    {
        ArgumentNullException.ThrowIfNull(checks);
        var text = new StringBuilder();
        text.Append("Verdict ").Append(Overall);
        foreach (var check in checks)
        {
            text.Append('\n').Append(check.Describe());
        }

        return text.ToString();
    }
}
