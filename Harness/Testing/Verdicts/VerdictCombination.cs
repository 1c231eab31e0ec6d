namespace Harness.Testing.Verdicts;

/// <summary>"The worst wins": how partial verdicts combine into one.</summary>
public static class VerdictCombination
{
    /// <summary>The more severe of two verdicts (see the order documented on <see cref="Verdict"/>).</summary>
    public static Verdict Worst(Verdict left, Verdict right) => (Verdict)Math.Max((int)left, (int)right);

    /// <summary>
    /// The most severe of a sequence. An empty sequence is NotApplicable: the identity of the
    /// combination, so adding more verdicts never makes the result better.
    /// </summary>
    public static Verdict Worst(IEnumerable<Verdict> verdicts)
    {
        ArgumentNullException.ThrowIfNull(verdicts);
        var result = Verdict.NotApplicable;
        foreach (var verdict in verdicts)
        {
            result = Worst(result, verdict);
        }

        return result;
    }

    /// <summary>True when <paramref name="verdict"/> counts as a failure of the DUT or the harness.</summary>
    public static bool IsFailure(Verdict verdict) => verdict is Verdict.Fail or Verdict.OutOfTime or Verdict.Error;
}
