using System.Globalization;
using System.Text;

namespace Harness.Testing.Verdicts;

/// <summary>
/// One judged criterion of a test case: its partial verdict and everything a reader needs to see
/// why, without rerunning the test.
/// </summary>
public sealed record VerdictCheck
{
    public VerdictCheck(Verdict verdict, string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        Verdict = verdict;
        Reason = reason;
    }

    public Verdict Verdict { get; }

    /// <summary>What was checked and, for a failure, what went wrong, in one sentence.</summary>
    public string Reason { get; }

    /// <summary>The step number in the ETS step table, when the check belongs to one.</summary>
    public int? Step { get; init; }

    /// <summary>Requirement ids (seed ids such as LwM2M-REG-01, or static conformance ids).</summary>
    public IReadOnlyList<string> RequirementIds { get; init; } = [];

    /// <summary>The specification clause the check enforces, e.g. "OMA-TS-LightweightM2M_Core-V1_1_1 §6.2.1".</summary>
    public string? SpecClause { get; init; }

    /// <summary>What the test expected, as text (a template, a value, a condition).</summary>
    public string? Expected { get; init; }

    /// <summary>What the DUT did, as text (a decoded message, a value, "nothing").</summary>
    public string? Actual { get; init; }

    /// <summary>For OutOfTime: the deadline that elapsed.</summary>
    public TimeSpan? Deadline { get; init; }

    /// <summary>A multi-line description used in failure messages and reports.</summary>
    public string Describe()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"[{Verdict}]");
        if (Step is { } step)
        {
            text.Append(CultureInfo.InvariantCulture, $" step {step}:");
        }

        text.Append(' ').Append(Reason);
        if (Deadline is { } deadline)
        {
            text.Append(CultureInfo.InvariantCulture, $" (deadline {deadline.TotalMilliseconds:0.###} ms)");
        }

        AppendLine(text, "clause", SpecClause);
        AppendLine(text, "requirements", RequirementIds.Count == 0 ? null : string.Join(", ", RequirementIds));
        AppendLine(text, "expected", Expected);
        AppendLine(text, "actual", Actual);
        return text.ToString();
    }

    private static void AppendLine(StringBuilder text, string label, string? value)
    {
        if (value is not null)
        {
            text.Append('\n').Append("    ").Append(label).Append(": ").Append(value);
        }
    }
}
